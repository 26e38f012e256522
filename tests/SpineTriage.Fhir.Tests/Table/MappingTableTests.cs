using System.Text.Json.Nodes;

namespace SpineTriage.Fhir.Tests.Table;

[Collection(WarmCollection.Name)]
public sealed class MappingTableTests
{
    private const string Minimal = """
        {
          "systems": { "loinc": "http://loinc.org" },
          "fields": [
            { "field": "patient.hba1cPercent", "resource": "Observation", "codes": ["loinc|4548-4"], "unit": "%" }
          ]
        }
        """;

    [Fact]
    public void The_shipped_table_is_valid_and_the_packaged_file_is_the_embedded_one()
    {
        var path = RepositoryFiles.PathOf("src", "SpineTriage.Fhir", "fhir-mapping.json");

        Assert.Empty(FhirMappingTable.Validate(File.ReadAllText(path), path));
        Assert.Equal(730, FhirMappingTable.Default.LookBackDays);
    }

    [Fact]
    public void Every_case_field_but_age_and_sex_has_a_mapping()
    {
        var content = FhirMappingTable.Default.Content;
        var mapped = content.Fields.Select(f => f.Value.Field.Path).Concat(content.Groups.Select(g => g.List.Path)).ToHashSet(StringComparer.Ordinal);

        var unmapped = Fhir.Table.CaseFieldCatalog.Fields.Keys.Where(k => !mapped.Contains(k)).Order(StringComparer.Ordinal);

        Assert.Equal(["patient.age", "patient.sex"], unmapped);
    }

    [Fact]
    public void A_minimal_table_loads()
    {
        var table = FhirMappingTable.Parse(Minimal, "minimal.json");

        Assert.Single(table.Content.Fields);
        Assert.Equal(365, table.LookBackDays);
    }

    [Theory]
    [InlineData("field", "patient.hba1c", "SPF020", "$.fields[0].field", "not a field of the case format")]
    [InlineData("unit", "mmol/mol", "SPF022", "$.fields[0].unit", "not a UCUM code of the supported subset")]
    [InlineData("resource", "Encounter", "SPF021", "$.fields[0].resource", "not a resource type")]
    [InlineData("codes", "snomed|123", "SPF021", "$.fields[0].codes[0]", "alias 'snomed' is not declared")]
    [InlineData("colour", "red", "SPF010", "$.fields[0].colour", "not a property here")]
    public void A_wrong_entry_is_reported_with_its_path_line_and_column(string property, string value, string code, string path, string message)
    {
        var table = JsonNode.Parse(Minimal)!;
        table["fields"]![0]![property] = property == "codes" ? new JsonArray(value) : value;

        var problem = Assert.Single(FhirMappingTable.Validate(table.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "t.json"));

        Assert.Equal((code, path, "t.json"), (problem.Code, problem.JsonPath, problem.File));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
    }

    [Fact]
    public void An_answer_that_is_not_a_value_of_the_field_is_refused()
    {
        var json = """
            { "systems": { "sct": "http://snomed.info/sct" },
              "fields": [ { "field": "patient.smokingStatus", "resource": "Observation", "codes": ["sct|1"], "answers": { "sct|2": "sometimes" } } ] }
            """;

        var problem = Assert.Single(FhirMappingTable.Validate(json));

        Assert.Equal("$.fields[0].answers.sct|2", problem.JsonPath);
        Assert.Contains("never, former, current", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_code_mapped_twice_is_refused()
    {
        var json = """
            { "systems": { "loinc": "http://loinc.org" },
              "fields": [
                { "field": "patient.hba1cPercent", "resource": "Observation", "codes": ["loinc|4548-4"], "unit": "%" },
                { "field": "patient.bmi", "resource": "Observation", "codes": ["loinc|4548-4"], "unit": "kg/m2" } ] }
            """;

        var problem = Assert.Single(FhirMappingTable.Validate(json));

        Assert.Equal(("SPF021", "$.fields[1].codes"), (problem.Code, problem.JsonPath));
    }

    [Fact]
    public void A_number_without_a_unit_and_a_condition_without_set_are_both_reported()
    {
        var json = """
            { "systems": { "loinc": "http://loinc.org", "icd": "http://hl7.org/fhir/sid/icd-10-cm" },
              "fields": [
                { "field": "patient.bmi", "resource": "Observation", "codes": ["loinc|39156-5"] },
                { "field": "patient.diabetes", "resource": "Condition", "codes": ["icd|E11*"] } ] }
            """;

        var problems = FhirMappingTable.Validate(json);

        Assert.Equal(["$.fields[0]", "$.fields[1]"], problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void Malformed_json_is_one_problem_with_its_line()
    {
        var exception = Assert.Throws<FhirMappingTableException>(() => FhirMappingTable.Parse("{\n  \"systems\": {,\n}", "bad.json"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(("SPF001", "bad.json", 2), (problem.Code, problem.File, problem.Line));
    }

    [Fact]
    public void Malformed_json_is_located_in_characters_and_worded_without_the_readers_byte_position()
    {
        // "é" is two bytes: System.Text.Json's byte position is one more than the character column.
        var exception = Assert.Throws<FhirMappingTableException>(() => FhirMappingTable.Parse("{\n  \"é\": {,\n}", "bad.json"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((2, 9), (problem.Line, problem.Column));
        Assert.DoesNotContain("BytePositionInLine", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Fix the JSON syntax at this position.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_refuses_a_file_that_is_not_a_regular_file()
    {
        var exception = Assert.Throws<FhirMappingTableException>(() => FhirMappingTable.Load(Path.GetTempPath()));

        Assert.Equal("SPF001", Assert.Single(exception.Problems).Code);
    }
}
