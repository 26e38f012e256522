namespace SpineTriage.Rules;

/// <summary>What a rule set is compiled against: its inputs, host overrides of global parameters, and evaluation settings.</summary>
public sealed class RuleSetOptions
{
    /// <summary>Gets the named inputs rule expressions read; their order is the argument order of <see cref="Workflow.Evaluate(object?[])"/>. At least one is required.</summary>
    public IList<RuleInput> Inputs { get; } = new List<RuleInput>();

    /// <summary>
    /// Gets host values that replace global parameters (<c>GlobalParams</c> name to value, names matched case-insensitively),
    /// in every workflow that declares that global. An override naming no global, or of a type that cannot be converted to the global's type, is an error.
    /// </summary>
    public IDictionary<string, object?> GlobalParameterOverrides { get; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets a value indicating whether missing data reads as false, as in RulesEngine, instead of Unknown.</summary>
    /// <value><see langword="false"/>: three-valued (Kleene) logic.</value>
    public bool TwoValuedLogic { get; set; }

    /// <summary>Gets or sets how the children of nested rules are evaluated.</summary>
    /// <value><see cref="NestedRuleExecutionMode.All"/>.</value>
    public NestedRuleExecutionMode NestedRuleExecutionMode { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a rule with errors is disabled instead of failing the load, as RulesEngine
    /// runs the other rules of a file with one bad expression. A disabled rule is left out of its workflow; its errors are
    /// reported as warnings, followed by a warning (SPR115) that names it. Errors outside rules (JSON syntax, workflow
    /// fields, global parameters, injections, actions' targets) still fail the load. Meant for authoring and migration:
    /// a production rule set should load strictly, so that it never runs in part.
    /// </summary>
    /// <value><see langword="false"/>: any error fails the load.</value>
    public bool LenientRules { get; set; }

    /// <summary>
    /// Gets or sets what to call when a workflow's second tier (its rules built into lambdas and JIT-compiled, in the
    /// background) cannot be made, for example when the process has run out of memory for code or cannot generate code
    /// at run time. The workflow keeps evaluating on its first tier, with the same results, only slower. Called with the
    /// workflow's name and the exception, on the thread that tried (usually a thread-pool thread); whatever the callback
    /// throws is ignored. A host logs it (the <c>SpineTriage</c> package logs event 5).
    /// </summary>
    /// <value><see langword="null"/>: nobody is told.</value>
    public Action<string, Exception>? TierUpFailed { get; set; }

    /// <summary>
    /// Gets the types whose public static methods rules may call by the type's name, as <c>Utils.CheckExists(x)</c>
    /// (RulesEngine's <c>ReSettings.CustomTypes</c>). An explicit opt-in: the host vouches that each method is
    /// deterministic and free of side effects, since a rule may call it on every evaluation, from any thread, in any
    /// order. Methods take and return texts, numbers, bools and enums (nullable or not); any missing argument makes the
    /// call missing, a <see langword="null"/> result is missing, and an exception fails that rule like any evaluation error.
    /// </summary>
    /// <value>Empty: rules call only the built-in functions.</value>
    public IList<Type> CustomTypes { get; } = new List<Type>();

    /// <summary>
    /// Gets or sets the clock that <c>DateTime.Now</c>, <c>DateTime.UtcNow</c> and <c>DateTime.Today</c> read in rules,
    /// at each evaluation. An explicit opt-in: without it those names are refused at load, so that a verdict depends on
    /// the case alone and can be reproduced; with it, a host that needs "within 90 days of today" supplies the clock
    /// (<see cref="TimeProvider.System"/>, or a fixed one to replay an evaluation as of a date).
    /// </summary>
    /// <value><see langword="null"/>: rules cannot read the clock.</value>
    public TimeProvider? Clock { get; set; }

    /// <summary>Gets or sets the limits applied while loading.</summary>
    /// <value>The safe defaults of <see cref="RuleLimits"/>.</value>
    public RuleLimits Limits { get; set; } = new();
}
