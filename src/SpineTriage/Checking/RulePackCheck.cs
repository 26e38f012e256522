using SpineTriage.Assessments;
using SpineTriage.Configuration;
using SpineTriage.Rules;

namespace SpineTriage.Checking;

/// <summary>
/// The one path that checks rule sources, for the library (<see cref="TriageEngine.Create(TriageOptions?)"/>) and the CLI
/// (<c>validate</c>, <c>test</c>, <c>rulebook</c>): the engine's load, then the triage checks of
/// <c>Properties.spinetriage</c> and rule kinds on the workflow outlines (which exist even when expressions failed,
/// so every error is reported at once), then, on request, the rule-author warnings and the warnings for forms
/// Microsoft RulesEngine cannot run.
/// </summary>
internal static class RulePackCheck
{
    public static RulePackCheckResult Check(IReadOnlyList<RuleSource> sources, IEnumerable<KeyValuePair<string, double>> thresholds, bool withWarnings, bool portable = false)
    {
        var load = RuleSet.TryLoad(sources, Options(thresholds));
        var settings = AssessmentDefinitionReader.Read(load.Outlines, out var triageProblems);
        var diagnostics = new List<Diagnostic>(load.Diagnostics);
        diagnostics.AddRange(triageProblems);
        if (withWarnings)
        {
            diagnostics.AddRange(RuleSetAnalyzer.Analyze(load));
            diagnostics.AddRange(RulePackWarnings.Find(settings, load.Outlines));
        }

        if (portable)
        {
            diagnostics.AddRange(RulesEnginePortability.Check(load));
        }

        var failed = load.RuleSet is null || diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
        var assessments = failed ? [] : Bind(settings, load.RuleSet!);
        return new RulePackCheckResult(failed ? null : load.RuleSet, assessments, settings, diagnostics);
    }

    private static List<AssessmentDefinition> Bind(IReadOnlyList<AssessmentSettings> settings, RuleSet ruleSet) =>
        settings.Select(s => s.Bind(ruleSet.GetWorkflow(s.Outline.Name))).ToList();

    /// <summary>The engine options of a triage pack: the five case inputs and the threshold overrides.</summary>
    private static RuleSetOptions Options(IEnumerable<KeyValuePair<string, double>> thresholds)
    {
        var options = new RuleSetOptions();
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        foreach (var (name, value) in thresholds)
        {
            options.GlobalParameterOverrides[name] = value;
        }

        return options;
    }
}

/// <summary>What <see cref="RulePackCheck"/> found: the compiled pack and its assessments when there was no error, and every diagnostic.</summary>
/// <param name="RuleSet">The compiled rule set, or null when any error was found.</param>
/// <param name="Assessments">The assessments in report order (empty on error).</param>
/// <param name="Settings">The assessments' settings as read from the outlines (also on error).</param>
/// <param name="Diagnostics">Every error and warning, engine first.</param>
internal sealed record RulePackCheckResult(RuleSet? RuleSet, IReadOnlyList<AssessmentDefinition> Assessments, IReadOnlyList<AssessmentSettings> Settings, IReadOnlyList<Diagnostic> Diagnostics)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;
}
