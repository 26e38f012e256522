using System.Security.Cryptography;
using System.Text;
using SpineTriage.Assessments;
using SpineTriage.Citations;
using SpineTriage.Configuration;
using SpineTriage.Rules;

namespace SpineTriage.Checking;

/// <summary>
/// The one path that checks rule sources, for the library (<see cref="TriageEngine.Create(TriageOptions?)"/>) and the CLI
/// (<c>validate</c>, <c>test</c>, <c>rulebook</c>): the pack's bibliography (<c>references.json</c>, never given to the
/// engine), the engine's load of the workflows, then the triage checks of <c>Properties.spinetriage</c>, rule kinds,
/// sources and thresholds named in texts on the workflow outlines (which exist even when expressions failed, so every
/// error is reported at once), then, on request, the rule-author warnings and the warnings for forms Microsoft
/// RulesEngine cannot run.
/// </summary>
internal static class RulePackCheck
{
    public static RulePackCheckResult Check(IReadOnlyList<RuleSource> sources, IEnumerable<KeyValuePair<string, double>> thresholds, bool withWarnings, bool portable = false, Action<string, Exception>? tierUpFailed = null)
    {
        var options = Options(thresholds);
        options.TierUpFailed = tierUpFailed;
        var bibliographySource = sources.FirstOrDefault(s => Bibliography.IsBibliography(s.Name));
        var bibliographyProblems = (IReadOnlyList<Diagnostic>)[];
        var bibliography = bibliographySource is null ? null : BibliographyReader.Read(bibliographySource, options.Limits, out bibliographyProblems);
        var load = RuleSet.TryLoad(sources.Where(s => s != bibliographySource).ToList(), options);
        var texts = PackTexts.Of(bibliography, load.Outlines);
        var settings = AssessmentDefinitionReader.Read(load.Outlines, texts, out var triageProblems);
        var diagnostics = new List<Diagnostic>(load.Problems);
        diagnostics.AddRange(bibliographyProblems);
        diagnostics.AddRange(triageProblems);
        if (withWarnings)
        {
            diagnostics.AddRange(RuleSetAnalyzer.Analyze(load));
            var packWarnings = new DiagnosticList(TriageProblemCodes.MoreProblems);
            packWarnings.AddRange(RulePackWarnings.Find(settings, load.Outlines, texts));
            diagnostics.AddRange(packWarnings.ToList());
        }

        if (portable)
        {
            diagnostics.AddRange(RulesEnginePortability.Check(load));
        }

        var failed = load.RuleSet is null || diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
        var assessments = failed ? [] : Bind(settings, load.RuleSet!);
        var hash = failed ? string.Empty : Hash(load.RuleSet!.ContentHash, bibliographySource);
        return new RulePackCheckResult(failed ? null : load.RuleSet, assessments, settings, diagnostics) { Hash = hash };
    }

    /// <summary>The workflows' content hash, and with a bibliography the SHA-256 of that hash and the bibliography's text (citations are part of every report).</summary>
    private static string Hash(string workflowsHash, RuleSource? bibliography)
    {
        if (bibliography is null)
        {
            return workflowsHash;
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(workflowsHash + "\n" + bibliography.Name + "\n" + bibliography.Json));
        return "sha256:" + Convert.ToHexStringLower(digest);
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
    /// <summary>Gets the hash reports carry: the workflows' content hash, combined with the bibliography's when the pack has one (empty on error).</summary>
    public string Hash { get; init; } = string.Empty;

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;
}
