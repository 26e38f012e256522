using SpineTriage.Rules;

namespace SpineTriage.Tests.Triage;

public sealed class RulePackSettingsValidationTests
{
    private static RuleLoadException LoadEdited(string file, string find, string replace)
    {
        var directory = Directory.CreateTempSubdirectory("spinetriage-pack-");
        try
        {
            foreach (var source in RepositoryFiles.JsonFiles("rules"))
            {
                var text = File.ReadAllText(source);
                if (Path.GetFileName(source) == file)
                {
                    Assert.Contains(find, text, StringComparison.Ordinal);
                    text = text.Replace(find, replace, StringComparison.Ordinal);
                }

                File.WriteAllText(Path.Combine(directory.FullName, Path.GetFileName(source)), text);
            }

            return Assert.Throws<RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = directory.FullName }));
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void A_default_outside_the_verdicts_is_an_error_naming_the_file_and_workflow()
    {
        var exception = LoadEdited("biologic-repair.json", "\"default\": \"NotCandidate\"", "\"default\": \"NotCandidat\"");

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("biologic-repair.json", problem.File);
        Assert.Equal("BiologicRepair", problem.WorkflowName);
        Assert.Equal("$.Properties.spinetriage.default", problem.JsonPath);
        Assert.Contains("Did you mean 'NotCandidate'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_rule_with_an_unknown_success_event_is_an_error_at_its_location()
    {
        var exception = LoadEdited("revision-readiness.json", "\"SuccessEvent\": \"Ready\"", "\"SuccessEvent\": \"Redy\"");

        Assert.All(exception.Problems, d => Assert.Equal("SPT007", d.Code));
        var problem = exception.Problems[0];
        Assert.Equal("revision-readiness.json", problem.File);
        Assert.True(problem.Line > 0);
        Assert.Contains("Did you mean 'Ready'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_workflows_with_the_same_assessment_are_an_error()
    {
        var exception = LoadEdited("biologic-repair.json", "\"assessment\": \"biologic\"", "\"assessment\": \"fusion\"");

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("SPT006", problem.Code);
        Assert.Contains("'FusionAppropriateness' declares assessment 'fusion', which workflow 'BiologicRepair' already declares", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_are_required_and_incomplete_is_reserved()
    {
        var missing = LoadEdited("fusion-appropriateness.json", "\"verdicts\": [", "\"verdictz\": [");
        var reserved = LoadEdited("revision-readiness.json", "\"Ready\"\n      ],", "\"Ready\",\n        \"Incomplete\"\n      ],");

        Assert.Contains(missing.Problems, d => d.Code == "SPT003");
        Assert.Contains(reserved.Problems, d => d.Code == "SPT009");
    }
}
