using SpineTriage.Rules.Analysis;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules;

/// <summary>
/// Warnings for rule authors who want a pack that also runs on Microsoft RulesEngine 6.0.1: each rule or global
/// parameter that uses a form this engine accepts but RulesEngine cannot parse, with the form that runs on both
/// (docs/rulesengine-compatibility.md lists the forms; each was tried on RulesEngine 6.0.1).
/// </summary>
public static class RulesEnginePortability
{
    /// <summary>Finds the forms RulesEngine cannot run in the rules and global parameters of a load result.</summary>
    /// <param name="result">The result of <see cref="RuleSet.TryLoad"/>.</param>
    /// <returns>Warnings (SPR805), each located at the rule or parameter, in workflow and rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Check(RuleSetLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var warnings = new DiagnosticList(DiagnosticCodes.MoreProblems);
        foreach (var outline in result.Outlines)
        {
            var globals = new HashSet<string>(outline.GlobalParams.Select(g => g.Name), StringComparer.OrdinalIgnoreCase);
            foreach (var global in outline.GlobalParams.Where(g => g.Bound is not null))
            {
                foreach (var problem in NonPortableForms.In(global.Bound!, isCondition: false, globals).Distinct())
                {
                    warnings.Add(Warning($"Global parameter '{global.Name}' of workflow '{outline.Name}': {problem}") with
                    {
                        File = global.Location?.File ?? outline.SourceName,
                        Line = global.Location?.Line ?? outline.Line,
                        Column = global.Location?.Column ?? outline.Column,
                        JsonPath = global.Location?.JsonPath,
                        WorkflowName = outline.Name,
                    });
                }
            }

            foreach (var rule in outline.Rules)
            {
                CheckRule(rule, outline.Name, globals, warnings);
            }
        }

        return warnings.ToList();
    }

    private static void CheckRule(Rule rule, string workflowName, HashSet<string> globals, DiagnosticList warnings)
    {
        var problems = rule.Condition is null ? [] : NonPortableForms.In(rule.Condition, isCondition: true, globals);
        foreach (var problem in problems.Distinct())
        {
            warnings.Add(Warning($"Rule '{rule.Name}': {problem}").LocatedAt(rule, workflowName));
        }

        foreach (var child in rule.Rules)
        {
            CheckRule(child, workflowName, globals, warnings);
        }
    }

    private static Diagnostic Warning(string message) =>
        new(DiagnosticSeverity.Warning, DiagnosticCodes.NotPortableToRulesEngine, message + " (only for a pack that must also run on RulesEngine).");
}
