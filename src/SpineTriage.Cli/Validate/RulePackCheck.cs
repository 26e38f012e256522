using SpineTriage.Assessments;
using SpineTriage.Configuration;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary>
/// Checks rule sources the way <see cref="TriageEngine.Create"/> loads them: the engine's load (with the case
/// inputs), then the triage checks of <c>Properties.spinetriage</c> and rule kinds. Because the library runs the
/// triage checks only on a rule set that compiled, expression errors would hide them; so when only expressions
/// failed, the triage checks also run on a copy whose refused expressions read <c>true</c>.
/// </summary>
internal static class RulePackCheck
{
    private const int MaxNeutralizingRounds = 4;

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<RuleSource> sources)
    {
        var load = RuleSet.TryLoad(sources, CaseRuleSetOptions());
        if (load.Succeeded)
        {
            return [.. load.Diagnostics, .. TriageProblems(load.RuleSet)];
        }

        var triageProblems = TriageProblemsDespiteExpressionErrors(sources, load.Diagnostics);
        return [.. load.Diagnostics, .. triageProblems];
    }

    private static IReadOnlyList<Diagnostic> TriageProblems(RuleSet ruleSet)
    {
        try
        {
            AssessmentDefinitionReader.Read(ruleSet);
            return [];
        }
        catch (RuleLoadException exception)
        {
            return exception.Diagnostics;
        }
    }

    private static IReadOnlyList<Diagnostic> TriageProblemsDespiteExpressionErrors(IReadOnlyList<RuleSource> sources, IReadOnlyList<Diagnostic> diagnostics)
    {
        var current = sources;
        for (var round = 0; round < MaxNeutralizingRounds; round++)
        {
            var neutralized = Neutralize(current, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
            if (neutralized is null)
            {
                return [];
            }

            var load = RuleSet.TryLoad(neutralized, CaseRuleSetOptions());
            if (load.Succeeded)
            {
                return TriageProblems(load.RuleSet);
            }

            current = neutralized;
            diagnostics = load.Diagnostics;
        }

        return [];
    }

    /// <returns>The sources with every erroneous expression replaced, or null when an error is not in an expression string.</returns>
    private static List<RuleSource>? Neutralize(IReadOnlyList<RuleSource> sources, IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Any(e => e.File is null || e.JsonPath is null || !e.JsonPath.EndsWith("Expression", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var result = new List<RuleSource>(sources.Count);
        foreach (var source in sources)
        {
            var paths = errors.Where(e => e.File == source.Name).Select(e => e.JsonPath!).Distinct().ToList();
            var json = paths.Count == 0 ? source.Json : ExpressionNeutralizer.Neutralize(source.Json, paths);
            if (json is null)
            {
                return null;
            }

            result.Add(new RuleSource(source.Name, json));
        }

        return result;
    }

    /// <summary>The engine options <see cref="TriageEngine.Create"/> uses, without threshold overrides.</summary>
    private static RuleSetOptions CaseRuleSetOptions()
    {
        var options = new RuleSetOptions();
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        return options;
    }
}
