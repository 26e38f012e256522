using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>One assessment workflow with its <c>Properties.spinetriage</c> settings and each rule's annotations, read once at load.</summary>
internal sealed class AssessmentDefinition
{
    public required CompiledWorkflow Workflow { get; init; }

    public required string Assessment { get; init; }

    public required string Title { get; init; }

    /// <summary>The place in the report (<c>order</c>, ascending); <see cref="int.MaxValue"/> when not given.</summary>
    public required int Order { get; init; }

    /// <summary>The verdicts, most precedent first.</summary>
    public required IReadOnlyList<string> Verdicts { get; init; }

    public required string DefaultVerdict { get; init; }

    public required string DefaultReason { get; init; }

    /// <summary>Next steps per verdict (including <c>Incomplete</c>), by verdict name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps { get; init; }

    /// <summary>The annotations of <see cref="CompiledWorkflow.Rules"/>, index for index.</summary>
    public required IReadOnlyList<RuleAnnotations> Annotations { get; init; }

    /// <summary>Each top-level rule's verdict when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null; index for index.</summary>
    public required IReadOnlyList<string?> RuleVerdicts { get; init; }
}
