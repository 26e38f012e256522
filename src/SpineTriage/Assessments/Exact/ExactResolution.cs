using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// One assessment's verdict under exact reasoning about its missing data (DESIGN §5, "Exact uncertainty"): the
/// verdicts some valid completion of the missing inputs gives, and the inputs that decide between them.
/// </summary>
internal sealed record ExactResolution
{
    /// <summary>Gets the verdict: the only possible one, or Incomplete.</summary>
    public required string Verdict { get; init; }

    /// <summary>Gets the possible verdicts, most precedent first.</summary>
    public required IReadOnlyList<string> Possible { get; init; }

    /// <summary>Gets the missing inputs the verdict rules read (member paths, such as <c>patient.HbA1cPercent</c>), in reading order.</summary>
    public IReadOnlyList<string> MissingInputs { get; init; } = [];

    /// <summary>Gets the missing inputs whose value changes the verdict (member paths), a subset of <see cref="MissingInputs"/>.</summary>
    public IReadOnlyList<string> DecidingInputs { get; init; } = [];

    /// <summary>Gets the verdict rules (indexes, ascending) whose own missing-input lists add nothing to <see cref="MissingInputs"/> (<see cref="PossibleVerdicts.RulesWithInputsListed"/>).</summary>
    public IReadOnlyList<int> RulesWithInputsListed { get; init; } = [];

    /// <summary>Gets the search's cubes and variables, from which each possible verdict's condition is written; empty when not searched.</summary>
    public IReadOnlyList<VerdictCube> Cubes { get; init; } = [];

    /// <summary>Gets the search variables the cubes index.</summary>
    public IReadOnlyList<SearchVariable> Variables { get; init; } = [];

    /// <summary>Gets every input a completion fills in, with its type: those the residuals read, and those whose absence tests the residuals read as filled in.</summary>
    public IReadOnlyList<(string Path, Type Type)> FilledInputs { get; init; } = [];

    /// <summary>
    /// Gets the verdict rules' residuals (index for index), when the completions were too many to split by verdict
    /// (<see cref="Cubes"/> is then empty): each possible verdict's condition is then written from its rules' residuals
    /// (<see cref="ExactVerdicts.FallbackCondition"/>); null otherwise.
    /// </summary>
    public IReadOnlyList<ResidualCondition?>? FallbackResiduals { get; init; }

    /// <summary>Gets why the conditions are written from <see cref="FallbackResiduals"/> rather than worked out from the cubes; null when they are not.</summary>
    public string? ConditionsNote { get; init; }

    /// <summary>
    /// Gets why the possible verdicts may include one that no completion gives (conditions on a wholly missing collection
    /// searched as independent yes/no conditions, <see cref="PossibleVerdicts.IndependentlySearched"/>); null when they are exact. A single
    /// possible verdict is certain either way (the report then says nothing of it).
    /// </summary>
    public string? Approximation { get; init; }

    /// <summary>Gets why exact reasoning gave up and the conservative answer (per-rule Kleene logic) stands; null when it did not.</summary>
    public string? GaveUp { get; init; }
}
