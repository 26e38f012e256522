using System.Text.Json;
using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

public sealed class PatientCaseJsonTests
{
    [Fact]
    public void Every_field_survives_a_write_and_read_round_trip()
    {
        var json = PatientCaseJson.Write(FullCase.Create());

        var result = PatientCaseJson.Read(json);

        Assert.Empty(result.Problems);
        Assert.Equal(json, PatientCaseJson.Write(result.Case!));
    }

    [Fact]
    public void Written_json_sets_every_field_of_every_section()
    {
        using var document = JsonDocument.Parse(PatientCaseJson.Write(FullCase.Create()));
        var root = document.RootElement;

        Assert.Equal(21, root.GetProperty("patient").EnumerateObject().Count());
        Assert.Equal(13, root.GetProperty("symptoms").EnumerateObject().Count());
        Assert.Equal(5, root.GetProperty("imaging").EnumerateObject().Count());
        Assert.Equal(15, root.GetProperty("imaging").GetProperty("levels")[0].EnumerateObject().Count());
        Assert.Equal(8, root.GetProperty("care").EnumerateObject().Count());
        Assert.Equal(2, root.GetProperty("care").GetProperty("injections")[0].EnumerateObject().Count());
        Assert.Equal(10, root.GetProperty("surgery").EnumerateObject().Count());
    }

    [Theory]
    [InlineData("patient", "hba1cPercent", "7.2")]
    [InlineData("patient", "smokingStatus", "\"former\"")]
    [InlineData("patient", "psychScreen", "\"managed\"")]
    [InlineData("patient", "ctHounsfieldL1", "150")]
    [InlineData("patient", "vitaminDNgMl", "31")]
    [InlineData("patient", "albuminGDl", "4")]
    [InlineData("symptoms", "redFlags", "[\"nightPain\",\"ivDrugUse\"]")]
    [InlineData("care", "medialBranchBlock", "\"negative\"")]
    [InlineData("care", "improvementAtWeek6", "\"partial\"")]
    [InlineData("surgery", "fusionStatusCt", "\"nonunion\"")]
    [InlineData("patient", "recentFeverOver38C", "false")]
    [InlineData("patient", "crpMgL", "4.5")]
    [InlineData("symptoms", "redFlagsWorkedUp", "[\"nightPain\"]")]
    [InlineData("surgery", "monthsSinceLastLumbarSurgery", "10")]
    [InlineData("surgery", "adjacentLevel", "\"L5-S1\"")]
    public void Json_names_and_enum_values_are_the_documented_camel_case(string section, string name, string expected)
    {
        using var document = JsonDocument.Parse(PatientCaseJson.Write(FullCase.Create()));

        var value = document.RootElement.GetProperty(section).GetProperty(name);

        Assert.Equal(expected, JsonSerializer.Serialize(value));
    }

    [Fact]
    public void Absent_fields_are_omitted_and_read_back_as_null()
    {
        var result = PatientCaseJson.Read("""{ "patient": { "age": 40 } }""");

        Assert.Null(result.Case!.Patient!.Bmi);
        Assert.Null(result.Case.Symptoms);
        Assert.Equal("{\n  \"patient\": {\n    \"age\": 40\n  }\n}", PatientCaseJson.Write(result.Case).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var result = PatientCaseJson.Read("""
            {
              // the patient
              "patient": { "age": 40, /* years */ "sex": "male", },
            }
            """);

        Assert.True(result.Succeeded);
        Assert.Equal(Sex.Male, result.Case!.Patient!.Sex);
    }

    [Fact]
    public void Parse_throws_a_validation_exception_listing_every_problem()
    {
        var exception = Assert.Throws<CaseValidationException>(() => PatientCaseJson.Parse("""{ "patient": { "age": 130, "bmi": 5 } }""", "case.json"));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains("2 problems", exception.Message, StringComparison.Ordinal);
        Assert.Contains("case.json", exception.Message, StringComparison.Ordinal);
    }
}
