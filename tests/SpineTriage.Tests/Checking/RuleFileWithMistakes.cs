namespace SpineTriage.Tests.Checking;

/// <summary>A one-assessment rule file with three deliberate mistakes: a misspelled member, a type mismatch and an unknown verdict.</summary>
internal static class RuleFileWithMistakes
{
    public const string Json = """
        {
          "WorkflowName": "MiniFusion",
          "Properties": { "spinetriage": { "assessment": "fusion", "verdicts": [ "NotIndicated", "Appropriate" ], "default": "Appropriate" } },
          "Rules": [
            { "RuleName": "NotIndicated_Elderly", "Expression": "patient.Agee > 80", "SuccessEvent": "NotIndicated",
              "Properties": { "kind": "verdict", "reason": "Elderly.", "source": "test", "evidence": "none" } },
            { "RuleName": "NotIndicated_Old", "Expression": "patient.Age > \"old\"", "SuccessEvent": "NotIndicated",
              "Properties": { "kind": "verdict", "reason": "Old.", "source": "test", "evidence": "none" } },
            { "RuleName": "Maybe_Young", "Expression": "patient.Age < 30", "SuccessEvent": "Maybe",
              "Properties": { "kind": "verdict", "reason": "Young.", "source": "test", "evidence": "none" } }
          ]
        }
        """;

    public static string WriteToNewDirectory(string json = Json)
    {
        var directory = Directory.CreateTempSubdirectory("spinetriage-mistakes-").FullName;
        File.WriteAllText(Path.Combine(directory, "mistakes.json"), json);
        return directory;
    }
}
