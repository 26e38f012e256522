using SpineTriage.Rules;

namespace SpineTriage.Reports;

/// <summary>One top-level rule's outcome in an assessment, for coverage and audit (not part of the rendered report).</summary>
/// <param name="RuleName">The rule's name.</param>
/// <param name="Kind">The rule's kind: <c>verdict</c>, <c>redFlag</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Verdict">The verdict the rule supports in this assessment, or <see langword="null"/> when it takes no part in the verdict.</param>
/// <param name="Outcome">Met, NotMet or Unknown.</param>
public sealed record RuleTrace(string RuleName, string Kind, string? Verdict, RuleOutcome Outcome);
