namespace SpineTriage.Reports;

/// <summary>A verdict that some valid completion of the missing data gives, with the condition on the missing data that leads to it.</summary>
/// <param name="Verdict">The verdict, such as <c>OptimizeFirst</c>.</param>
/// <param name="Condition">The condition in plain language, such as <c>hba1c percent is 8 or more</c>; <see langword="null"/> when the verdict is the only possible one (or exact reasoning gave up).</param>
public sealed record PossibleVerdict(string Verdict, string? Condition);
