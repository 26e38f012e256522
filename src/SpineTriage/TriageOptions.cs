namespace SpineTriage;

/// <summary>Where the rules come from and which thresholds the host overrides (DESIGN §6.4).</summary>
public sealed class TriageOptions
{
    /// <summary>Gets or sets a directory of rule files (<c>*.json</c> directly in it) to use instead of the embedded default pack.</summary>
    /// <value><see langword="null"/>: the default pack embedded in the assembly.</value>
    public string? RulesDirectory { get; set; }

    /// <summary>
    /// Gets threshold overrides: a <c>GlobalParams</c> name of the pack (such as <c>nicotineFreeWeeksMin</c>, matched
    /// case-insensitively) to the value to use in every workflow that declares it, without editing the JSON.
    /// </summary>
    /// <value>Empty: the pack's own values.</value>
    public IDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
}
