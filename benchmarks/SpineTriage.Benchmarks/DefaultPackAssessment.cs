using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Benchmarks;

/// <summary>
/// One assessment of the default pack as the engine alone sees it (public API only): its workflow, the verdicts and
/// default its <c>Properties.spinetriage</c> declares, and the top-level rules voting for each verdict (those whose
/// <c>SuccessEvent</c> names it, as the triage layer reads them). <see cref="Verdict"/> is the engine's evaluation and
/// the rule-by-rule precedence resolution, the work the hand-written oracle does.
/// </summary>
internal sealed class DefaultPackAssessment
{
    private DefaultPackAssessment(Workflow workflow, string name, string[] verdicts, string defaultVerdict)
    {
        Workflow = workflow;
        Name = name;
        Verdicts = verdicts;
        DefaultVerdict = defaultVerdict;
        VerdictRules = [.. verdicts.Select(verdict => Enumerable.Range(0, workflow.Rules.Count).Where(i => workflow.Rules[i].SuccessEvent == verdict).ToArray())];
    }

    /// <summary>Gets the assessment's name (<c>fusion</c>, <c>biologic</c>, <c>revision</c>).</summary>
    public string Name { get; }

    public Workflow Workflow { get; }

    /// <summary>Gets the verdicts, most precedent first.</summary>
    public string[] Verdicts { get; }

    public string DefaultVerdict { get; }

    /// <summary>Gets, for each of <see cref="Verdicts"/>, the indexes of the top-level rules that vote for it.</summary>
    public int[][] VerdictRules { get; }

    /// <summary>The assessments of a rule set loaded from the default pack, by name.</summary>
    public static Dictionary<string, DefaultPackAssessment> All(RuleSet ruleSet)
    {
        var assessments = new Dictionary<string, DefaultPackAssessment>(StringComparer.Ordinal);
        foreach (var workflow in ruleSet.Workflows)
        {
            if (workflow.Properties.ValueKind == JsonValueKind.Object
                && workflow.Properties.TryGetProperty("spinetriage", out var settings)
                && settings.TryGetProperty("assessment", out var name))
            {
                var verdicts = settings.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString()!).ToArray();
                assessments.Add(name.GetString()!, new DefaultPackAssessment(workflow, name.GetString()!, verdicts, settings.GetProperty("default").GetString()!));
            }
        }

        return assessments;
    }

    /// <summary>The verdict for one case's arguments (<see cref="DefaultPackCases.Arguments"/>).</summary>
    public string Verdict(object?[] arguments) => VerdictResolver.Resolve(Verdicts, DefaultVerdict, VerdictRules, Workflow.EvaluateOwned(arguments)).Verdict;
}
