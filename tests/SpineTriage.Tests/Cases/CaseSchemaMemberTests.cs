using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

public sealed class CaseSchemaMemberTests
{
    [Fact]
    public void A_top_level_schema_member_is_accepted_and_ignored()
    {
        var result = PatientCaseJson.Read("""{ "$schema": "./case.schema.json", "patient": { "age": 40 } }""");

        Assert.Empty(result.Problems);
        Assert.Equal(new PatientCase { Patient = new PatientDetails { Age = 40 } }, result.Case);
    }

    [Fact]
    public void A_schema_member_inside_a_section_is_an_unknown_property()
    {
        var result = PatientCaseJson.Read("""{ "patient": { "$schema": "x" } }""");

        Assert.Contains(result.Problems, p => p.JsonPath == "$.patient.$schema" && p.Message.StartsWith("Unknown property", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_member_that_is_not_a_string_is_refused()
    {
        var result = PatientCaseJson.Read("""{ "$schema": 3 }""");

        Assert.Contains(result.Problems, p => p.JsonPath == "$.$schema" && p.Message.Contains("must be a string", StringComparison.Ordinal));
    }
}
