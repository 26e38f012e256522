namespace SpineTriage.Rules;

/// <summary>Limits that keep hostile or accidental rule files from exhausting the process; every breach is an error <see cref="Diagnostic"/>.</summary>
public sealed class RuleLimits
{
    /// <summary>Gets or sets the largest rule file accepted, in UTF-8 bytes.</summary>
    /// <value>4 MiB.</value>
    public long MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the deepest JSON nesting accepted in a rule file.</summary>
    /// <value>64.</value>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Gets or sets the longest expression accepted, in characters.</summary>
    /// <value>10,000.</value>
    public int MaxExpressionLength { get; set; } = 10_000;

    /// <summary>Gets or sets the deepest expression syntax tree accepted.</summary>
    /// <value>100.</value>
    public int MaxExpressionDepth { get; set; } = 100;

    /// <summary>Gets or sets the most rules a workflow may declare or evaluate, nested rules and the rules of injected workflows counted.</summary>
    /// <value>10,000.</value>
    public int MaxRulesPerWorkflow { get; set; } = 10_000;

    /// <summary>Gets or sets the most rules all the workflows of a rule set may evaluate together, once injected workflows are expanded in each.</summary>
    /// <value>100,000.</value>
    public int MaxRulesPerRuleSet { get; set; } = 100_000;

    /// <summary>Gets or sets the longest chain of <c>WorkflowsToInject</c> accepted.</summary>
    /// <value>16.</value>
    public int MaxInjectionDepth { get; set; } = 16;

    /// <summary>Gets or sets the most operations an expression may have once the params it uses are copied in (compilation inlines params, so <c>p2 = p1 + p1</c> doubles).</summary>
    /// <value>10,000.</value>
    public int MaxExpandedExpressionSize { get; set; } = 10_000;

    /// <summary>Gets or sets the deepest an expression may nest once the params it uses are copied in.</summary>
    /// <value>1,000.</value>
    public int MaxExpandedExpressionDepth { get; set; } = 1_000;

    /// <summary>
    /// Gets or sets the longest text a string concatenation (<c>+</c>) may build, in characters. Constant text longer than this is refused at load;
    /// text built from inputs that would exceed it makes the rule Unknown with an exception message at run time.
    /// </summary>
    /// <value>100,000.</value>
    public int MaxStringLength { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets the most <c>$(…)</c> placeholders an <c>ErrorMessage</c> may hold. The message itself is capped by
    /// <see cref="MaxStringLength"/>, as written and as filled in.
    /// </summary>
    /// <value>100.</value>
    public int MaxErrorMessagePlaceholders { get; set; } = 100;
}
