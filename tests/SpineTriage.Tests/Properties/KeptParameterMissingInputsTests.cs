using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using SpineTriage.Rules.Expressions;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Properties;

/// <summary>
/// A rule's missing inputs, read through its workflow result (which keeps parameter results between the rules of one
/// case), are those of a walk of that rule alone, in the same order, whatever order the rules are read in.
/// </summary>
public sealed class KeptParameterMissingInputsTests
{
    [Fact]
    public void Missing_inputs_with_kept_parameters_equal_a_walk_of_each_rule_alone()
    {
        var compared = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var masked = PatientCaseJson.Parse(RandomCases.Masked(RandomCases.Full(random), random, 0.1 + (random.NextDouble() * 0.3)).ToJsonString());
            var args = CaseInputs.Arguments(masked);
            foreach (var definition in TestCases.DefaultEngine.Assessments)
            {
                var result = definition.Workflow.EvaluateOwned(args);
                var rules = definition.Workflow.Rules;

                // Read last to first on odd seeds: what one rule keeps must serve any other.
                var order = Enumerable.Range(0, rules.Count).Where(i => result.OutcomeOf(i) == RuleOutcome.Unknown && rules[i].Condition is not null).ToList();
                if (seed % 2 == 1)
                {
                    order.Reverse();
                }

                foreach (var i in order)
                {
                    Assert.Equal(ExpressionExplainer.MissingInputs(rules[i].Condition!, args), result.ResultOf(i).MissingInputs);
                    compared++;
                }
            }
        }

        Assert.True(compared > 1_000, $"only {compared} Unknown rules compared");
    }
}
