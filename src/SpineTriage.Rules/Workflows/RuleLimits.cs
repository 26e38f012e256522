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

    /// <summary>Gets or sets the most rules a workflow may declare, nested rules counted.</summary>
    /// <value>10,000.</value>
    public int MaxRulesPerWorkflow { get; set; } = 10_000;

    /// <summary>Gets or sets the longest chain of <c>WorkflowsToInject</c> accepted.</summary>
    /// <value>16.</value>
    public int MaxInjectionDepth { get; set; } = 16;
}
