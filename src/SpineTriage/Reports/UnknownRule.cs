namespace SpineTriage.Reports;

/// <summary>A rule that could not be decided: it read missing data, or it failed while evaluating (see <see cref="Error"/>).</summary>
/// <param name="RuleName">The rule's name.</param>
/// <param name="Verdict">The verdict the rule supports, or <see langword="null"/> for warnings and notes.</param>
/// <param name="MissingInputs">The input paths it read as missing, as case JSON paths (<c>imaging.levels[0].translationMm</c>).</param>
public sealed record UnknownRule(string RuleName, string? Verdict, IReadOnlyList<string> MissingInputs)
{
    /// <summary>Gets why the rule failed while evaluating (an overflow, a division by zero), or <see langword="null"/> when it only lacked data.</summary>
    public string? Error { get; init; }
}
