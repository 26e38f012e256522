using System.Text.Json.Serialization;

namespace SpineTriage.Reports;

/// <summary>The outcome of one assessment: verdict, reasons, unknowns, missing data, warnings and next steps.</summary>
public sealed record AssessmentResult
{
    /// <summary>The verdict when the missing data leaves more than one verdict possible.</summary>
    public const string IncompleteVerdict = "Incomplete";

    /// <summary>
    /// The verdict when a rule that could change the outcome failed while evaluating (an overflow, a division by zero)
    /// and no missing data is involved: documenting data would not help, the rule pack must be fixed. The failing rules
    /// are in <see cref="Unknowns"/> with their <see cref="UnknownRule.Error"/>.
    /// </summary>
    public const string RuleErrorVerdict = "RuleError";

    /// <summary>Gets the assessment key from the workflow properties (<c>fusion</c>, <c>biologic</c>, <c>revision</c>).</summary>
    public required string Assessment { get; init; }

    /// <summary>Gets the human title, such as "Lumbar fusion appropriateness".</summary>
    public required string Title { get; init; }

    /// <summary>Gets the verdict: the only possible one (see <see cref="PossibleVerdicts"/>), decided despite any missing data, or <see cref="IncompleteVerdict"/> when several are possible.</summary>
    public required string Verdict { get; init; }

    /// <summary>
    /// Gets the verdicts that some valid completion of the missing data gives, most precedent first, each with the
    /// condition on the missing data that leads to it (DESIGN §5, "Exact uncertainty"); one entry, without a condition,
    /// when the verdict is decided.
    /// </summary>
    public IReadOnlyList<PossibleVerdict> PossibleVerdicts { get; init; } = [];

    /// <summary>Gets the Met rules of the verdict, or, when Incomplete, of the most precedent possible verdict (or the workflow's default reason).</summary>
    public IReadOnlyList<RuleFinding> Reasons { get; init; } = [];

    /// <summary>Gets every Unknown rule with the inputs it found missing.</summary>
    public IReadOnlyList<UnknownRule> Unknowns { get; init; } = [];

    /// <summary>Gets the missing inputs whose value changes the verdict (empty unless the verdict is Incomplete), as case JSON paths (<c>imaging.levels[0].translationMm</c>).</summary>
    public IReadOnlyList<string> DecidingInputs { get; init; } = [];

    /// <summary>Gets every missing input the verdict rules read, as case JSON paths; those not in <see cref="DecidingInputs"/> would not change this verdict once documented.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>
    /// Gets why exact reasoning about the missing data gave up (the possible verdicts are then the conservative ones of
    /// per-rule logic), or why the conditions of exact possible verdicts are the rules' own conditions rather than worked
    /// out; <see langword="null"/> when neither.
    /// </summary>
    public string? ExactReasoningNote { get; init; }

    /// <summary>Gets the Met warning rules (for example HbA1c 7.0–7.9 %, osteopenia, ASA ≥ 3).</summary>
    public IReadOnlyList<RuleFinding> Warnings { get; init; } = [];

    /// <summary>Gets the Met information rules (evidence notes, process notes).</summary>
    public IReadOnlyList<RuleFinding> Notes { get; init; } = [];

    /// <summary>Gets the next steps for this verdict, without duplicates, in order.</summary>
    public IReadOnlyList<string> NextSteps { get; init; } = [];

    /// <summary>Gets every top-level rule's outcome, in rule order (for rule-test coverage and audit; not rendered).</summary>
    [JsonIgnore]
    public IReadOnlyList<RuleTrace> Outcomes { get; init; } = [];

    /// <summary>Gets a value indicating whether the verdict is <see cref="IncompleteVerdict"/>.</summary>
    public bool IsIncomplete => Verdict == IncompleteVerdict;
}
