using SpineTriage.Rules;

namespace SpineTriage.Tests.Checking;

// TriageEngine.CheckRules as a host calls it: the pack's files in, every located problem out, nothing thrown.
public sealed class TriageEngineCheckRulesTests
{
    private const string NotPortable = """
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
        """;

    [Fact]
    public void The_default_pack_read_from_its_directory_has_no_problem()
    {
        var sources = RuleSource.FilesIn(RepositoryFiles.PathOf("rules")).Select(f => RuleSource.FromFile(f, Path.GetFileName(f), new RuleLimits().MaxFileBytes));

        Assert.Empty(TriageEngine.CheckRules(sources, warnWhereRulesEngineCannotRun: true));
    }

    [Fact]
    public void Every_mistake_is_a_located_error_and_nothing_is_thrown()
    {
        var problems = TriageEngine.CheckRules([new RuleSource("mistakes.json", RuleFileWithMistakes.Json)]);

        var errors = problems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(["SPR301", "SPR304", "SPT007"], errors.Select(e => e.Code));
        Assert.Equal([5, 7, 9], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.True(e is { File: "mistakes.json", Column: > 0, RuleName: not null }, e.ToString()));
    }

    [Fact]
    public void The_errors_are_the_ones_Create_refuses_the_pack_with()
    {
        var directory = RuleFileWithMistakes.WriteToNewDirectory();
        try
        {
            var refused = Assert.Throws<RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = directory }));

            var checkedErrors = TriageEngine.CheckRules([RuleSource.FromFile(Path.Combine(directory, "mistakes.json"), "mistakes.json", new RuleLimits().MaxFileBytes)])
                .Where(d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(refused.Problems.Where(d => d.Severity == DiagnosticSeverity.Error), checkedErrors);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_RulesEngine_portability_warning_comes_only_when_asked()
    {
        RuleSource[] sources = [new RuleSource("screen.json", NotPortable)];

        var plain = TriageEngine.CheckRules(sources);
        var portable = TriageEngine.CheckRules(sources, warnWhereRulesEngineCannotRun: true);

        Assert.DoesNotContain(plain, d => d.Code == "SPR805");
        var warning = Assert.Single(portable, d => d.Code == "SPR805");
        Assert.True(warning is { Severity: DiagnosticSeverity.Warning, File: "screen.json", Line: 5, Column: 5, RuleName: "Urgent_SuspectedInfection" }, warning.ToString());
    }

    [Fact]
    public void Null_sources_are_refused_at_the_boundary()
    {
        Assert.Throws<ArgumentNullException>(() => TriageEngine.CheckRules(null!));
        Assert.Throws<ArgumentNullException>(() => TriageEngine.CheckRules([null!]));
    }
}
