using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>One assessment workflow with its <c>Properties.spinetriage</c> settings and each rule's annotations, read once at load.</summary>
internal sealed class AssessmentDefinition
{
    private VerdictPrecedence? _precedence;

    /// <summary>The settings read from the workflow's <c>Properties.spinetriage</c> (checked before compilation).</summary>
    public required AssessmentSettings Settings { get; init; }

    public required Workflow Workflow { get; init; }

    public string Assessment => Settings.Assessment;

    public string Title => Settings.Title;

    /// <summary>The place in the report (<c>order</c>, ascending); <see cref="int.MaxValue"/> when not given.</summary>
    public int Order => Settings.Order;

    /// <summary>The verdicts, most precedent first.</summary>
    public IReadOnlyList<string> Verdicts => Settings.Verdicts;

    public string DefaultVerdict => Settings.DefaultVerdict;

    public string DefaultReason => Settings.DefaultReason;

    /// <summary>Next steps per verdict (including <c>Incomplete</c>), by verdict name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps => Settings.NextSteps;

    /// <summary>The annotations of <see cref="Workflow.Rules"/>, index for index.</summary>
    public required IReadOnlyList<RuleAnnotations> Annotations { get; init; }

    /// <summary>Each top-level rule's verdict when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null; index for index.</summary>
    public required IReadOnlyList<string?> RuleVerdicts { get; init; }

    /// <summary>Gets the verdict rules under the assessment's precedence, as exact reasoning about missing data reads them (built on first use).</summary>
    public VerdictPrecedence Precedence => _precedence ??= new VerdictPrecedence(Workflow, Verdicts, DefaultVerdict, RuleVerdicts, Configuration.CaseInputs.All);
}
