namespace SpineTriage.Rules;

/// <summary>What a rule set is compiled against: its inputs, host overrides of global parameters, and evaluation settings.</summary>
public sealed class RuleSetOptions
{
    /// <summary>Gets the named inputs rule expressions read; their order is the argument order of <see cref="CompiledWorkflow.Evaluate(object?[])"/>. At least one is required.</summary>
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

    /// <summary>Gets or sets the limits applied while loading.</summary>
    /// <value>The safe defaults of <see cref="RuleLimits"/>.</value>
    public RuleLimits Limits { get; set; } = new();
}
