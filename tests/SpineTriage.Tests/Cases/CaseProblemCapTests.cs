using SpineTriage.Cases;
using SpineTriage.Hostile;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Cases;

// Issue 12, item 9: a hostile case cannot make its problem list unbounded.
public sealed class CaseProblemCapTests
{
    [Fact]
    public void A_list_over_its_limit_is_one_problem_reported_before_its_elements_are_checked()
    {
        // 300,000 numbers where red flag names belong: 300,003 problems before the count was checked first.
        var json = "{\"patient\":{\"age\":50},\"symptoms\":{\"redFlags\":[" + string.Join(",", Enumerable.Repeat("1", 300_000)) + "]}}";

        var result = PatientCaseJson.Read(json, "case.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("SPC103", problem.Code);
        Assert.Equal("$.symptoms.redFlags", problem.JsonPath);
        Assert.Equal((1, 46), (problem.Line, problem.Column));
        Assert.Contains("lists 300,000 red flags; a case may list at most 13", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imaging", "levels", "{\"level\":\"L4-L5\"}", 33, "imaging levels")]
    [InlineData("care", "injections", "7", 101, "injections")]
    [InlineData("symptoms", "redFlagsWorkedUp", "\"fever\"", 14, "red flags")]
    public void Every_limited_list_is_counted_first(string section, string list, string element, int count, string what)
    {
        var json = $"{{\"{section}\":{{\"{list}\":[{string.Join(",", Enumerable.Repeat(element, count))}]}}}}";

        var problem = Assert.Single(PatientCaseJson.Read(json).Problems);

        Assert.Equal("SPC103", problem.Code);
        Assert.Contains($"lists {count} {what}", problem.Message, StringComparison.Ordinal);
    }

    private static readonly int UnknownProperties = HostileCaseFiles.UnknownPropertyCount;

    [Fact]
    public void At_most_a_hundred_problems_are_kept_then_one_counts_the_rest_where_the_first_left_out_is()
    {
        var json = "{\"patient\":{" + string.Join(",", Enumerable.Range(0, UnknownProperties).Select(i => $"\"unknown{i}\":1")) + "}}";

        var problems = PatientCaseJson.Read(json, "case.json").Problems;

        Assert.Equal(101, problems.Count);
        Assert.All(problems.Take(100), p => Assert.Equal("SPC010", p.Code));
        var summary = problems[^1];
        Assert.Equal((DiagnosticSeverity.Error, "SPC004"), (summary.Severity, summary.Code));
        Assert.StartsWith($"… and {UnknownProperties - 100:N0} more errors, not listed (at most 100 of each per file and 1,000 in all are kept)", summary.Message, StringComparison.Ordinal);
        Assert.Equal(("case.json", "$.patient.unknown100"), (summary.File, summary.JsonPath));
        Assert.True(summary.Line == 1 && summary.Column > 1, summary.ToString());
    }

    [Fact]
    public void Range_problems_are_capped_too()
    {
        // 32 levels, each out of range in eight ways: 256 range problems.
        var level = "{\"translationMm\":-1,\"angulationDeg\":-1,\"meyerdingGrade\":9,\"pfirrmannGrade\":9,\"modicType\":9,\"discHeightPercent\":-1,\"annularFissureGrade\":-1,\"protrusionMm\":-1}";
        var json = "{\"imaging\":{\"levels\":[" + string.Join(",", Enumerable.Repeat(level, 32)) + "]}}";

        var problems = PatientCaseJson.Read(json).Problems;

        Assert.Equal(101, problems.Count);
        Assert.Equal("SPC004", problems[^1].Code);
        Assert.StartsWith("… and 156 more errors", problems[^1].Message, StringComparison.Ordinal);
        Assert.Equal("$.imaging.levels[12].modicType", problems[^1].JsonPath);
        Assert.True(problems[^1].Line > 0, "located");
    }
}
