using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Cases;

public sealed class CaseJsonReadingErrorTests
{
    private static IReadOnlyList<Diagnostic> Problems(string json)
    {
        var result = PatientCaseJson.Read(json, "case.json");
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    [Fact]
    public void Malformed_json_is_one_problem_with_line_and_column()
    {
        var problem = Assert.Single(Problems("{\n  \"patient\": { \"age\": 4x }\n}"));

        Assert.Equal("SPC001", problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal(24, problem.Column);
        Assert.StartsWith("The case JSON is malformed", problem.Message, StringComparison.Ordinal);
        Assert.Equal("case.json", problem.File);
    }

    [Fact]
    public void Unknown_property_is_reported_with_a_did_you_mean()
    {
        var problem = Assert.Single(Problems("{ \"patient\": { \"agee\": 40 } }"));

        Assert.Equal("SPC010", problem.Code);
        Assert.Equal("$.patient.agee", problem.JsonPath);
        Assert.Contains("Did you mean 'age'?", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
        Assert.Equal(16, problem.Column);
    }

    [Fact]
    public void Pascal_case_property_names_are_unknown_and_point_to_the_camel_case_name()
    {
        var problem = Assert.Single(Problems("{ \"Patient\": {} }"));

        Assert.Contains("Did you mean 'patient'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_names()
    {
        var problem = Assert.Single(Problems("{ \"imaging\": { \"levels\": [ { \"stenosis\": \"sever\" } ] } }"));

        Assert.Equal("SPC021", problem.Code);
        Assert.Equal("$.imaging.levels[0].stenosis", problem.JsonPath);
        Assert.Contains("Did you mean 'severe'?", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed values: none, mild, moderate, severe.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"patient\": { \"age\": \"forty\" } }", "$.patient.age", "must be a whole number")]
    [InlineData("{ \"patient\": { \"diabetes\": \"yes\" } }", "$.patient.diabetes", "must be true or false")]
    [InlineData("{ \"patient\": { \"bmi\": [] } }", "$.patient.bmi", "must be a number")]
    [InlineData("{ \"patient\": 3 }", "$.patient", "must be an object")]
    [InlineData("{ \"symptoms\": { \"redFlags\": \"fever\" } }", "$.symptoms.redFlags", "must be an array of one of the strings")]
    [InlineData("{ \"patient\": { \"sex\": 1 } }", "$.patient.sex", "must be one of the strings female, male, other")]
    public void Wrong_types_are_reported_at_their_path(string json, string path, string reason)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal("SPC020", problem.Code);
        Assert.Equal(path, problem.JsonPath);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_belongs_is_refused()
    {
        var problem = Assert.Single(Problems("{ \"symptoms\": { \"durationWeeks\": 6.5 } }"));

        Assert.Equal("SPC022", problem.Code);
    }

    [Fact]
    public void Duplicate_properties_are_refused()
    {
        var problem = Assert.Single(Problems("{ \"patient\": { \"age\": 40, \"age\": 41 } }"));

        Assert.Equal("SPC011", problem.Code);
        Assert.Equal("$.patient.age", problem.JsonPath);
    }

    [Fact]
    public void Null_list_elements_are_refused()
    {
        var problem = Assert.Single(Problems("{ \"imaging\": { \"levels\": [ null ] } }"));

        Assert.Equal("SPC023", problem.Code);
        Assert.Equal("$.imaging.levels[0]", problem.JsonPath);
    }

    [Fact]
    public void Every_structural_problem_is_listed_not_only_the_first()
    {
        var problems = Problems("""
            { "patient": { "agee": 40, "sex": "femal", "bmi": "x" },
              "care": { "injections": [ { "type": "epidural" } ] } }
            """);

        Assert.Equal(["$.patient.agee", "$.patient.sex", "$.patient.bmi", "$.care.injections[0].type"], problems.Select(p => p.JsonPath));
        Assert.Equal(2, problems[3].Line);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_refused()
    {
        var json = "{ \"patient\": " + new string('[', 40) + new string(']', 40) + " }";

        Assert.Contains(Problems(json), p => p.Code == "SPC001" && p.Message.Contains("32", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{} {}")]
    public void Input_that_is_not_one_object_is_refused(string json)
    {
        Assert.NotEmpty(Problems(json));
    }

    [Fact]
    public void Range_problems_carry_the_line_of_the_offending_value()
    {
        var problem = Assert.Single(Problems("{\n  \"patient\": {\n    \"age\": 130\n  }\n}"));

        Assert.Equal("SPC100", problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal(12, problem.Column);
    }
}
