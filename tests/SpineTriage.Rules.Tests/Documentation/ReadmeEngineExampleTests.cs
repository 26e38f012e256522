namespace SpineTriage.Rules.Tests.Documentation;

/// <summary>The README's "The engine on its own" example, run as written (with a rules directory of its own).</summary>
public sealed class ReadmeEngineExampleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-readme-").FullName;

    [Fact]
    public void The_readme_engine_example_runs_and_outcomes_only_agree_with_the_full_result()
    {
        File.WriteAllText(Path.Combine(_directory, "eligibility.json"), """
            { "WorkflowName": "Eligibility", "Rules": [
              { "RuleName": "Senior", "Expression": "patient.Age >= 65" },
              { "RuleName": "Scored", "Expression": "patient.Score > 3" } ] }
            """);
        var patient = new Patient { Age = 70, Score = null };

        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("patient", typeof(Patient)));
        var rules = RuleSet.LoadDirectory(_directory, options);
        var workflow = rules.GetWorkflow("Eligibility");

        var result = workflow.Evaluate(patient);
        var first = result.OutcomeOf(0);
        var lines = result.Results.Select(rule => $"{rule.Rule.Name}: {rule.Outcome} {string.Join(", ", rule.MissingInputs)}").ToList();

        var outcomes = new RuleOutcome[workflow.Rules.Count];
        workflow.EvaluateOutcomes(outcomes, patient);

        Assert.Equal(RuleOutcome.Met, first);
        Assert.Equal(["Senior: Met ", "Scored: Unknown patient.Score"], lines);
        Assert.Equal(result.Results.Select(r => r.Outcome), outcomes);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public sealed class Patient
    {
        public int Age { get; set; }

        public double? Score { get; set; }
    }
}
