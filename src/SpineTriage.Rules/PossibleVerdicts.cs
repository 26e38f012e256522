namespace SpineTriage.Rules;

/// <summary>
/// The verdicts that some completion of an evaluation's missing inputs gives under a <see cref="VerdictPrecedence"/>,
/// most precedent first, with the missing inputs that decide between them and, when the completions were split by
/// verdict, the cubes each possible verdict's condition is read from. When the search could not run (an input whose
/// values cannot be listed, a rule without a residual, the budget spent), the conservative answer of per-rule Kleene
/// logic stands and <see cref="GaveUp"/> says why.
/// </summary>
public sealed class PossibleVerdicts
{
    internal PossibleVerdicts()
    {
    }

    /// <summary>Gets the possible verdicts, most precedent first; one when the verdict is decided.</summary>
    public IReadOnlyList<string> Possible { get; internal set; } = [];

    /// <summary>Gets the missing inputs the voting rules read (member paths, such as <c>order.Total</c>), in reading order.</summary>
    public IReadOnlyList<string> MissingInputs { get; internal set; } = [];

    /// <summary>Gets the missing inputs whose value changes the verdict (member paths), a subset of <see cref="MissingInputs"/>.</summary>
    public IReadOnlyList<string> DecidingInputs { get; internal set; } = [];

    /// <summary>Gets the cubes the completions were split into, one verdict each; empty when they were not split.</summary>
    public IReadOnlyList<VerdictCube> Cubes { get; internal set; } = [];

    /// <summary>Gets the search variables the cubes index.</summary>
    public IReadOnlyList<SearchVariable> Variables { get; internal set; } = [];

    /// <summary>Gets every input a completion fills in, with its type: those the residuals read, and those whose absence tests the residuals read as filled in.</summary>
    public IReadOnlyList<(string Path, Type Type)> FilledInputs { get; internal set; } = [];

    /// <summary>
    /// Gets the voting rules' residuals (index for index), when the completions were too many to split by verdict
    /// (<see cref="Cubes"/> is then empty): each possible verdict's condition is then its rules' residuals, and no
    /// verdict listed above it; null otherwise.
    /// </summary>
    public IReadOnlyList<ResidualCondition?>? FallbackResiduals { get; internal set; }

    /// <summary>Gets why the completions were not split by verdict (so <see cref="FallbackResiduals"/> stand for the conditions); null when they were, or were not asked to be.</summary>
    public string? SplitGaveUp { get; internal set; }

    /// <summary>
    /// Gets the collections or objects missing as a whole whose yes/no conditions were searched as independent of each
    /// other (member paths): the possible verdicts may then include one that no actual data gives; empty when they are
    /// exact. A single possible verdict is certain either way.
    /// </summary>
    public IReadOnlyList<string> IndependentlySearched { get; internal set; } = [];

    /// <summary>
    /// Gets the voting rules (top-level indexes, ascending) whose own missing-input lists
    /// (<see cref="RuleResult.MissingInputs"/>) name only inputs in <see cref="MissingInputs"/> or objects on the way to
    /// one there (<c>care</c> for <c>care.PtWeeks</c>). A host that lists every missing input the voting rules read, with
    /// an object dropped when inputs inside it are listed, need not read those rules' lists: they add nothing. Empty when
    /// exact reasoning cannot show it for any rule.
    /// </summary>
    public IReadOnlyList<int> RulesWithInputsListed { get; internal set; } = [];

    /// <summary>Gets why exact reasoning gave up and the conservative answer of per-rule logic stands; null when it did not.</summary>
    public string? GaveUp { get; internal set; }

    /// <summary>
    /// Gets the rule at which exact reasoning gave up because it reads a collection or object missing as a whole and
    /// searching such inputs was not asked for (then <see cref="GaveUp"/> says so too); null otherwise.
    /// </summary>
    public string? GaveUpAtWholeMissingInput { get; internal set; }
}
