namespace SpineTriage.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_default_rule_pack_is_clean()
    {
        var run = CliRun.Of("validate", RepositoryFiles.RulesDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": error ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings in 5 rule files.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_rule_pack_is_portable_to_RulesEngine()
    {
        var run = CliRun.Of("validate", "--portable", RepositoryFiles.RulesDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings in 5 rule files.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Portable_warns_where_RulesEngine_cannot_parse_a_rule_and_only_when_asked()
    {
        var file = RepositoryFiles.WriteScratchFile("screen.json", """
            {
              "WorkflowName": "Screen",
              "Properties": { "spinetriage": { "assessment": "screen", "title": "Infection screen", "verdicts": ["Urgent", "Routine"], "default": "Routine", "defaultReason": "No sign of infection is documented." } },
              "Rules": [
                {
                  "RuleName": "Urgent_SuspectedInfection",
                  "Expression": "symptoms.RedFlags != null && symptoms.RedFlags.Contains(\"Fever\")",
                  "SuccessEvent": "Urgent",
                  "ErrorMessage": "No sign of spinal infection is documented.",
                  "Properties": { "kind": "verdict", "reason": "Possible spinal infection.", "source": "A source.", "evidence": "PRIMARY: a table" }
                }
              ]
            }
            """);

        var plain = CliRun.Of("validate", "--warnings-as-errors", file);
        var portable = CliRun.Of("validate", "--portable", file);
        var strict = CliRun.Of("validate", "--portable", "--warnings-as-errors", file);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, portable.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        var warning = Assert.Single(portable.Output.ReplaceLineEndings("\n").Split('\n'), line => line.Contains(": warning ", StringComparison.Ordinal));
        Assert.StartsWith($"{file}:5:5: warning SPR805: ", warning, StringComparison.Ordinal);
        Assert.Contains("Urgent_SuspectedInfection", warning, StringComparison.Ordinal);
        Assert.Contains("symptoms.RedFlags.Any(x => x == \"Fever\")", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_deliberate_mistakes_give_three_located_messages_and_exit_1()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        var file = Path.Combine(directory, "mistakes.json");
        File.WriteAllText(file, RuleFileWithMistakes.Json);

        var run = CliRun.Of("validate", directory);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.MisspelledMemberLine}:", StringComparison.Ordinal) && l.Contains("'Age'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.TypeMismatchLine}:", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.UnknownVerdictLine}:", StringComparison.Ordinal) && l.Contains("Maybe", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.Equal("3 errors, 0 warnings in 1 rule file.", lines[^1]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Loose_files_are_validated_together_and_reported_under_their_own_paths()
    {
        var file = RepositoryFiles.WriteScratchFile("only.json", RuleFileWithMistakes.Json);

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:{RuleFileWithMistakes.MisspelledMemberLine}:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_pack_files_given_one_by_one_are_clean()
    {
        var files = Directory.GetFiles(RepositoryFiles.RulesDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToArray();

        var run = CliRun.Of(["validate", .. files]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_missing_path_is_named_and_exits_1()
    {
        var missing = Path.Combine(RepositoryFiles.NewScratchDirectory(), "no-rules");

        var run = CliRun.Of("validate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error SPX001:", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 0 rule files.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_rule_files_is_an_error()
    {
        var run = CliRun.Of("validate", RepositoryFiles.NewScratchDirectory());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SPX004:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("validate", "--strict").ExitCode);
    }

    private const string FileWithWarnings = """
        {
          "WorkflowName": "Mini",
          "Properties": { "spinetriage": { "assessment": "mini", "verdicts": [ "Stop", "Wait", "Go" ], "default": "Go" } },
          "GlobalParams": [ { "Name": "ageMax", "Expression": "80" }, { "Name": "unusedLimit", "Expression": "3" } ],
          "Rules": [
            { "RuleName": "Stop_Never", "Expression": "patient.Age > 5 && patient.Age < 3", "SuccessEvent": "Stop", "Properties": { "kind": "verdict", "reason": "r", "source": "s", "evidence": "e" } },
            { "RuleName": "Stop_Always", "Expression": "ageMax > 10", "SuccessEvent": "Stop", "Properties": { "kind": "verdict" } }
          ]
        }
        """;

    [Fact]
    public void Warnings_are_located_and_coded_and_exit_0()
    {
        var file = RepositoryFiles.WriteScratchFile("warnings.json", FileWithWarnings);

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{file}:6:5: warning SPR801: Rule 'Stop_Never' can never be Met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:7:5: warning SPR802: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:4:", StringComparison.Ordinal) && l.Contains("warning SPR803: Threshold 'unusedLimit'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:3:", StringComparison.Ordinal) && l.Contains("warning SPT201: Verdict 'Wait'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:7:5: warning SPT203: ", StringComparison.Ordinal));
        Assert.Equal("0 errors, 7 warnings in 1 rule file.", lines[^1]);
    }

    [Fact]
    public void Warnings_as_errors_makes_warnings_exit_1()
    {
        var file = RepositoryFiles.WriteScratchFile("warnings.json", FileWithWarnings);

        Assert.Equal(1, CliRun.Of("validate", file, "--warnings-as-errors").ExitCode);
        Assert.Equal(0, CliRun.Of("validate", RepositoryFiles.RulesDirectory, "--warnings-as-errors").ExitCode);
    }
}
