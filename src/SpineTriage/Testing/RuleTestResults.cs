namespace SpineTriage.Testing;

/// <summary>The outcome of one rule test.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Differences">Each way the report differs from the expectation, as a sentence; empty when the test passes.</param>
public sealed record RuleTestResult(string Name, IReadOnlyList<string> Differences)
{
    /// <summary>Gets a value indicating whether the report matched every expectation.</summary>
    public bool Passed => Differences.Count == 0;
}

/// <summary>Which outcomes the tests produced for one rule of one assessment.</summary>
/// <param name="Assessment">The assessment key.</param>
/// <param name="RuleName">The rule's name.</param>
/// <param name="Met">Whether some test made the rule Met.</param>
/// <param name="NotMet">Whether some test made the rule NotMet.</param>
/// <param name="Unknown">Whether some test made the rule Unknown.</param>
public sealed record RuleCoverage(string Assessment, string RuleName, bool Met, bool NotMet, bool Unknown);

/// <summary>The outcome of running a rule test file: one result per test and the coverage of every rule.</summary>
/// <param name="Results">One result per test, in file order.</param>
/// <param name="Coverage">One entry per rule of each assessment, in rule order.</param>
public sealed record RuleTestRun(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<RuleCoverage> Coverage)
{
    /// <summary>Gets a value indicating whether every test passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>Gets the number of tests that failed.</summary>
    public int FailedCount => Results.Count(r => !r.Passed);
}
