using Hl7.Fhir.Model;
using static SpineTriage.Fhir.Tests.Mapping.Bundles;

namespace SpineTriage.Fhir.Tests.Mapping;

[Collection(WarmCollection.Name)]
public sealed class UnitConversionTests
{
    [Fact]
    public void Albumin_in_grams_per_litre_is_converted_to_grams_per_decilitre()
    {
        var result = Map(Quantity("alb", Loinc, "1751-7", 34m, "g/L"));

        Assert.Empty(result.Problems);
        Assert.Equal(3.4, result.Case!.Patient!.AlbuminGDl);
    }

    [Fact]
    public void Vitamin_d_in_nanomoles_per_litre_uses_the_table_s_analyte_factor()
    {
        var result = Map(Quantity("vitd", Loinc, "62292-8", 50m, "nmol/L"));

        Assert.Empty(result.Problems);
        Assert.Equal(20.03, result.Case!.Patient!.VitaminDNgMl!.Value, 6);
    }

    [Fact]
    public void Cotinine_in_micrograms_per_litre_is_the_same_number_in_nanograms_per_millilitre()
    {
        var result = Map(Quantity("cot", Loinc, "10365-5", 12m, "ug/L"));

        Assert.Equal(12, result.Case!.Patient!.CotinineNgMl);
    }

    [Fact]
    public void Hba1c_in_mmol_per_mol_is_a_located_problem_and_is_not_used()
    {
        var result = Map(Quantity("hba1c-ifcc", Loinc, "4548-4", 53m, "mmol/mol"), Quantity("bmi", Loinc, "39156-5", 31m, "kg/m2"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(FhirProblemCodes.UnitNotConvertible, problem.Code);
        Assert.Equal("Observation/hba1c-ifcc", problem.File);
        Assert.Equal("Observation.valueQuantity", problem.JsonPath);
        Assert.Contains("mmol/mol", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Case!.Patient!.HbA1cPercent);
        Assert.Equal(31, result.Case.Patient.Bmi);
    }

    [Fact]
    public void A_unit_of_another_dimension_is_refused_with_both_dimensions_named()
    {
        var result = Map(Quantity("alb", Loinc, "1751-7", 3.4m, "mm"));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("length", problem.Message, StringComparison.Ordinal);
        Assert.Contains("mass concentration", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Case!.Patient);
    }

    [Fact]
    public void A_quantity_without_a_ucum_code_is_refused_even_when_its_text_looks_right()
    {
        var observation = Quantity("hba1c", Loinc, "4548-4", 7.1m, null);
        ((Hl7.Fhir.Model.Quantity)observation.Value!).Unit = "%";

        var result = Map(observation);

        Assert.Equal(FhirProblemCodes.UnitNotConvertible, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_unit_from_another_code_system_is_refused()
    {
        var result = Map(Quantity("hba1c", Loinc, "4548-4", 7.1m, "%", unitSystem: "http://example.org/units"));

        Assert.Equal(FhirProblemCodes.UnitNotConvertible, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_bound_instead_of_a_value_is_refused()
    {
        var observation = Hba1c("hba1c", 6m);
        ((Hl7.Fhir.Model.Quantity)observation.Value!).Comparator = Hl7.Fhir.Model.Quantity.QuantityComparator.LessThan;

        var result = Map(observation);

        Assert.Equal(FhirProblemCodes.WrongValue, Assert.Single(result.Problems).Code);
        Assert.Null(result.Case!.Patient);
    }

    [Fact]
    public void A_whole_number_field_refuses_a_fraction()
    {
        var result = Map(Quantity("weeks", Project, "symptom-duration", 1.5m, "wk"));

        Assert.Equal(FhirProblemCodes.WrongValue, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Weeks_in_days_convert_when_whole()
    {
        var result = Map(Quantity("weeks", Project, "symptom-duration", 84m, "d"));

        Assert.Equal(12, result.Case!.Symptoms!.DurationWeeks);
    }

    [Fact]
    public void Time_since_an_event_grows_with_the_age_of_the_observation()
    {
        var result = Map(Quantity("since", Project, "months-since-index-fusion", 12m, "mo", Now.AddDays(-365.25 / 2)),
            new Procedure { Id = "fusion", Status = EventStatus.Completed, Code = new CodeableConcept("http://www.ama-assn.org/go/cpt", "22612") });

        Assert.Equal(18, result.Case!.Surgery!.MonthsSinceIndexFusion!.Value, 6);
    }
}
