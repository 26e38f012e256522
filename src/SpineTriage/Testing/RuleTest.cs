namespace SpineTriage.Testing;

/// <summary>One rule test: a case file and what the report must say about it (rules/README.md, "Rule tests").</summary>
/// <param name="Name">The test's name, unique in its file.</param>
/// <param name="Story">The clinical story the case tells, if given.</param>
/// <param name="CasePath">The case file's full path (the file names it relative to the test file).</param>
/// <param name="Assessments">The expectations per assessment; an assessment left out is not checked.</param>
/// <param name="RedFlags">The exact set of Met red-flag rules, or <see langword="null"/> when not checked.</param>
public sealed record RuleTest(string Name, string? Story, string CasePath, IReadOnlyList<AssessmentExpectation> Assessments, IReadOnlyList<string>? RedFlags);

/// <summary>What one assessment must report.</summary>
/// <param name="Assessment">The assessment key (<c>fusion</c>, <c>biologic</c>, <c>revision</c>).</param>
/// <param name="Verdict">The exact verdict expected (a workflow verdict or <c>Incomplete</c>).</param>
/// <param name="Reasons">Rule names that must all be among the reasons (a subset).</param>
/// <param name="Missing">Case paths (<c>imaging.levels[0].annularFissureGrade</c>) that must all be among the missing inputs, compared case-insensitively.</param>
/// <param name="Warnings">Rule names that must all be among the warnings (a subset).</param>
/// <param name="PossibleVerdicts">The exact set of possible verdicts the missing data leaves (in any order), or <see langword="null"/> when not checked.</param>
public sealed record AssessmentExpectation(
    string Assessment, string Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing, IReadOnlyList<string> Warnings, IReadOnlyList<string>? PossibleVerdicts = null);
