using System.Text.Json;
using SpineTriage.Rules.Evaluation;

namespace SpineTriage.Rules;

/// <summary>The parts of a <see cref="Rule"/> that most rules lack, set at load: made only for a rule that has one (CompileScalingBenchmarks.Load).</summary>
internal sealed class RuleDetails
{
    public string? Operator { get; set; }

    public string? SuccessEvent { get; set; }

    public string? ErrorMessage { get; set; }

    public JsonElement Properties { get; set; }

    public IReadOnlyList<Rule>? Rules { get; set; }

    public ErrorMessageTemplate? ErrorTemplate { get; set; }

    public RuleAction? OnSuccess { get; set; }

    public RuleAction? OnFailure { get; set; }
}

/// <summary>What a <see cref="Rule"/> works out on first use and keeps: made on that use, not at load (CompileScalingBenchmarks.Load).</summary>
internal sealed class RuleCache
{
    public IReadOnlyList<string>? InputPaths { get; set; }

    public IReadOnlyList<string>? AbsenceTestedPaths { get; set; }

    public IReadOnlyList<string>? ValueReadPaths { get; set; }

    public Func<object?[], Truth>? Predicate { get; set; }
}
