namespace SpineTriage.Cli.Tests;

/// <summary>A one-assessment rule file with three deliberate mistakes, one per line named below.</summary>
internal static class RuleFileWithMistakes
{
    public const int MisspelledMemberLine = 15;
    public const int TypeMismatchLine = 21;
    public const int UnknownVerdictLine = 25;

    public const string Json = """
        {
          "WorkflowName": "MiniFusion",
          "Properties": {
            "spinetriage": {
              "assessment": "fusion",
              "title": "Mini fusion",
              "verdicts": [ "NotIndicated", "Appropriate" ],
              "default": "Appropriate",
              "defaultReason": "Nothing decided otherwise."
            }
          },
          "Rules": [
            {
              "RuleName": "NotIndicated_Elderly",
              "Expression": "patient.Agee > 80",
              "SuccessEvent": "NotIndicated",
              "Properties": { "kind": "verdict", "reason": "Elderly.", "source": "test", "evidence": "none" }
            },
            {
              "RuleName": "NotIndicated_Old",
              "Expression": "patient.Age > \"old\"",
              "SuccessEvent": "NotIndicated",
              "Properties": { "kind": "verdict", "reason": "Old.", "source": "test", "evidence": "none" }
            },
            {
              "RuleName": "Maybe_Young",
              "Expression": "patient.Age < 30",
              "SuccessEvent": "Maybe",
              "Properties": { "kind": "verdict", "reason": "Young.", "source": "test", "evidence": "none" }
            }
          ]
        }
        """;
}
