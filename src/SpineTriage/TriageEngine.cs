using SpineTriage.Assessments;
using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Checking;
using SpineTriage.Configuration;
using SpineTriage.Reports;
using SpineTriage.Rules;
using SpineTriage.Telemetry;

namespace SpineTriage;

/// <summary>
/// The triage engine: the rule pack compiled once, evaluated per case into a <see cref="TriageReport"/>. Immutable and
/// thread-safe; create one per rule pack and share it (it is a singleton in dependency injection).
/// </summary>
public sealed class TriageEngine : ITriageEngine
{
    private readonly IReadOnlyList<AssessmentDefinition> _assessments;
    private readonly bool _searchWholeMissingLists;

    private TriageEngine(RuleSet ruleSet, IReadOnlyList<AssessmentDefinition> assessments, string ruleSetHash, bool searchWholeMissingLists)
    {
        RuleSet = ruleSet;
        _assessments = assessments;
        RuleSetHash = ruleSetHash;
        _searchWholeMissingLists = searchWholeMissingLists;
    }

    /// <inheritdoc/>
    public string RuleSetHash { get; }

    /// <summary>
    /// Gets the rule set this engine evaluates, as loaded: its workflows with their rules and global parameters, for
    /// whatever describes the pack itself rather than one case (<see cref="RulebookRenderer"/> reads the thresholds here).
    /// </summary>
    internal RuleSet RuleSet { get; }

    /// <summary>
    /// Gets the assessments in report order, each with its workflow, verdicts, rule annotations and settings: what a
    /// description of the pack walks (<see cref="RulebookRenderer"/> renders one section per assessment).
    /// </summary>
    internal IReadOnlyList<AssessmentDefinition> Assessments => _assessments;

    /// <summary>Loads and compiles the rule pack once.</summary>
    /// <param name="options">Where the rules come from and the threshold overrides; <see langword="null"/> for the embedded default pack.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="TriageConfigurationException">The options are invalid; every problem is listed.</exception>
    /// <exception cref="RuleLoadException">A rule file or its triage settings (<c>Properties.spinetriage</c>) has errors, or an assessment of <see cref="TriageOptions.RequiredAssessments"/> is missing; every diagnostic is listed.</exception>
    public static TriageEngine Create(TriageOptions? options = null) => Create(options, tierUpFailed: null);

    /// <summary>As <see cref="Create(TriageOptions?)"/>, telling <paramref name="tierUpFailed"/> when a workflow's second tier cannot be made (a host's log, see <c>TriageLog</c>).</summary>
    internal static TriageEngine Create(TriageOptions? options, Action<string, Exception>? tierUpFailed)
    {
        options ??= new TriageOptions();
        using var activity = TriageTelemetry.StartLoad(reload: false);
        try
        {
            var problems = TriageOptionsValidator.Problems(options, out var sources);
            if (problems.Count > 0)
            {
                throw TriageConfigurationException.Of(problems);
            }

            var engine = Create(options, sources!, tierUpFailed);
            TriageTelemetry.LoadEnded(activity, reload: false, engine.RuleSetHash);
            return engine;
        }
        catch (Exception exception) when (LoadFailed(activity, exception))
        {
            throw;
        }
    }

    private static bool LoadFailed(System.Diagnostics.Activity? activity, Exception exception)
    {
        TriageTelemetry.LoadEnded(activity, reload: false, hash: null, exception);
        return false;
    }

    /// <summary>
    /// Checks a rule pack the way <see cref="Create(TriageOptions?)"/> loads it (the bibliography, the engine's load of the
    /// workflows, the triage settings in <c>Properties.spinetriage</c>, rule kinds, sources and thresholds named in texts),
    /// plus the warnings for rule authors; nothing is evaluated. Every problem is reported at once, never thrown.
    /// </summary>
    /// <param name="sources">The pack's files, each named as diagnostics should name it (<see cref="RuleSource.FilesIn"/> lists a directory's).</param>
    /// <param name="warnWhereRulesEngineCannotRun">Also warn (SPR805) where a rule uses a form Microsoft RulesEngine 6.0.1 cannot run, for a pack that must run on both.</param>
    /// <returns>Every error and warning, each with its file, line, column and rule; the engine's first. The pack loads when none is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null or holds null.</exception>
    public static IReadOnlyList<Diagnostic> CheckRules(IEnumerable<RuleSource> sources, bool warnWhereRulesEngineCannotRun = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = sources.ToList();
        foreach (var source in list)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
        }

        return RulePackCheck.Check(list, [], withWarnings: true, warnWhereRulesEngineCannotRun).Diagnostics;
    }

    /// <summary>Compiles rule sources already read and checked (a hot reload reads the files once and compiles that text).</summary>
    internal static TriageEngine Create(TriageOptions options, IReadOnlyList<RuleSource> sources, Action<string, Exception>? tierUpFailed = null)
    {
        var check = RulePackCheck.Check(sources, options.Thresholds, withWarnings: false, tierUpFailed: tierUpFailed);
        if (!check.Succeeded)
        {
            throw new RuleLoadException(check.Diagnostics);
        }

        var missing = MissingAssessments(options, check.Assessments);
        if (missing.Count > 0)
        {
            throw new RuleLoadException(missing);
        }

        if (options.CompileRulesOnLoad)
        {
            check.RuleSet.CompileNow();
        }

        return new TriageEngine(check.RuleSet, check.Assessments, check.Hash, options.SearchWholeMissingLists);
    }

    private static List<Diagnostic> MissingAssessments(TriageOptions options, IReadOnlyList<AssessmentDefinition> assessments)
    {
        var present = assessments.Select(a => a.Assessment).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. options.RequiredAssessments.Where(name => !present.Contains(name)).Order(StringComparer.Ordinal).Select(name =>
            new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.MissingRequiredAssessment,
                $"The rules define no '{name}' assessment, which the host requires (TriageOptions.RequiredAssessments); restore the workflow whose Properties.spinetriage declares it, or remove '{name}' from RequiredAssessments.")
            { File = options.RulesDirectory, JsonPath = "$" })];
    }

    /// <inheritdoc/>
    public TriageReport Evaluate(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        return TriageTelemetry.IsObserved
            ? TriageTelemetry.ObserveEvaluation((Engine: this, Case: patientCase), static s => s.Engine.ValidateAndReport(s.Case))
            : ValidateAndReport(patientCase);
    }

    /// <inheritdoc/>
    public TriageReport Evaluate(string caseJson)
    {
        ArgumentNullException.ThrowIfNull(caseJson);
        return TriageTelemetry.IsObserved
            ? TriageTelemetry.ObserveEvaluation((Engine: this, Json: caseJson), static s => s.Engine.Report(PatientCaseJson.Parse(s.Json)))
            : Report(PatientCaseJson.Parse(caseJson));
    }

    private TriageReport ValidateAndReport(PatientCase patientCase)
    {
        CaseValidator.ThrowIfInvalid(patientCase);
        return Report(patientCase);
    }

    /// <summary>
    /// Explains the Unknown rules of a case: every assessment's Unknown top-level rules with what their conditions still ask
    /// once the known inputs are put in, in report and rule order: what a host shows to say which missing data a verdict
    /// waits on (the CLI's <c>evaluate --explain</c> prints it).
    /// </summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>One entry per Unknown top-level rule; empty when the case decides every rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patientCase"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case has out-of-range or contradictory values; every problem is listed.</exception>
    public IReadOnlyList<UnknownRuleResidual> ExplainUnknownRules(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        CaseValidator.ThrowIfInvalid(patientCase);
        var arguments = CaseInputs.Arguments(patientCase);
        var residuals = new List<UnknownRuleResidual>();
        foreach (var definition in _assessments)
        {
            var result = definition.Workflow.EvaluateOwned(arguments);
            foreach (var rule in result.Results)
            {
                if (rule.Residual is { } residual)
                {
                    residuals.Add(new UnknownRuleResidual(definition.Assessment, rule.Rule.Name, residual));
                }
            }
        }

        return residuals;
    }

    /// <inheritdoc/>
    public TriageVerdicts EvaluateVerdicts(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        return TriageTelemetry.IsObserved
            ? TriageTelemetry.ObserveEvaluation((Engine: this, Case: patientCase), static s => s.Engine.ValidateAndEvaluateVerdicts(s.Case))
            : ValidateAndEvaluateVerdicts(patientCase);
    }

    /// <summary>The evaluation behind <see cref="EvaluateVerdicts"/> without its telemetry.</summary>
    private TriageVerdicts ValidateAndEvaluateVerdicts(PatientCase patientCase)
    {
        CaseValidator.ThrowIfInvalid(patientCase);
        var (evaluated, exact) = EvaluateCase(patientCase);
        var assessments = new AssessmentVerdict[_assessments.Count];
        var redFlags = new List<string>();
        for (var i = 0; i < assessments.Length; i++)
        {
            assessments[i] = AssessmentVerdicts.Of(_assessments[i], evaluated[i], exact[i]);
            AssessmentVerdicts.AddRedFlags(_assessments[i], evaluated[i], redFlags);
        }

        return new TriageVerdicts(assessments, redFlags, RuleSetHash);
    }

    /// <summary>
    /// The one evaluation of a case that both the report and the verdicts-only result are built from: every
    /// assessment's workflow, then its exact resolution (possible verdicts and deciding inputs, no text).
    /// </summary>
    private (WorkflowResult[] Evaluated, ExactResolution[] Exact) EvaluateCase(PatientCase patientCase)
    {
        var arguments = CaseInputs.Arguments(patientCase);
        var evaluated = new WorkflowResult[_assessments.Count];
        for (var i = 0; i < evaluated.Length; i++)
        {
            evaluated[i] = _assessments[i].Workflow.EvaluateOwned(arguments);
        }

        return (evaluated, ExactVerdicts.Resolve(_assessments, evaluated, CaseDomains.Instance, searchWholeMissingLists: _searchWholeMissingLists));
    }

    private TriageReport Report(PatientCase patientCase)
    {
        var (evaluated, exact) = EvaluateCase(patientCase);
        var redFlags = new List<RuleFinding>();
        var results = new AssessmentResult[_assessments.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = AssessmentReporter.Report(_assessments[i], evaluated[i], exact[i], redFlags, patientCase.Imaging);
        }

        return new TriageReport { Assessments = results, RedFlags = redFlags, RuleSetHash = RuleSetHash };
    }
}
