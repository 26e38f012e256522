using Hl7.Fhir.Model;
using static SpineTriage.Fhir.Tests.Mapping.Bundles;

namespace SpineTriage.Fhir.Tests.Mapping;

/// <summary>Which of several findings a field takes, and which resources are not used (always listed with the reason).</summary>
[Collection(WarmCollection.Name)]
public sealed class SelectionTests
{
    [Fact]
    public void The_most_recent_of_two_hba1c_wins_and_the_older_is_listed_as_superseded()
    {
        var result = Map(Hba1c("old", 9.1m, Now.AddDays(-200)), Hba1c("new", 7.4m, Now.AddDays(-5)));

        Assert.Equal(7.4, result.Case!.Patient!.HbA1cPercent);
        Assert.Equal("Observation/new", Assert.Single(result.Sources).Resource);
        var superseded = Assert.Single(result.Unused);
        Assert.Equal("Observation/old", superseded.Resource);
        Assert.Contains("superseded by Observation/new", superseded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_hba1c_on_the_same_date_are_a_conflict_and_neither_is_used()
    {
        var day = Now.AddDays(-3);

        var result = Map(Hba1c("a", 7.4m, day), Hba1c("b", 8.4m, day));

        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(FhirProblemCodes.ConflictingValues, p.Code));
        Assert.Equal(["Observation/a", "Observation/b"], result.Problems.Select(p => p.File));
        Assert.Null(result.Case!.Patient);
    }

    [Fact]
    public void The_same_value_twice_on_one_date_is_no_conflict()
    {
        var day = Now.AddDays(-3);

        var result = Map(Hba1c("a", 7.4m, day), Hba1c("b", 7.4m, day));

        Assert.Empty(result.Problems);
        Assert.Equal(7.4, result.Case!.Patient!.HbA1cPercent);
    }

    [Fact]
    public void An_observation_older_than_the_look_back_is_not_used()
    {
        var result = Map(Hba1c("ancient", 7.4m, Now.AddDays(-800)));

        Assert.Null(result.Case!.Patient);
        Assert.Contains("older than the look-back of 730 days", Assert.Single(result.Unused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_look_back_can_be_set_per_mapping()
    {
        var result = FhirCaseMapper.Default.Map([Hba1c("recent", 7.4m, Now.AddDays(-100))], Options with { LookBackDays = 90 });

        Assert.Null(result.Case!.Patient);
        Assert.Single(result.Unused);
    }

    [Fact]
    public void An_undated_observation_is_not_used_because_its_age_is_unknown()
    {
        var observation = Hba1c("undated", 7.4m);
        observation.Effective = null;

        var result = Map(observation);

        Assert.Null(result.Case!.Patient);
        Assert.Contains("no effective date", Assert.Single(result.Unused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dxa_t_score_is_the_lowest_site_of_the_latest_scan_of_each_site()
    {
        var result = Map(
            Quantity("spine-old", Loinc, "38267-1", -3.1m, "1", Now.AddDays(-400)),
            Quantity("spine", Loinc, "38267-1", -1.2m, "1"),
            Quantity("hip", Loinc, "80946-7", -2.6m, "{T-score}"));

        Assert.Equal(-2.6, result.Case!.Patient!.DexaTScoreMin);
        Assert.Equal("Observation/hip", Assert.Single(result.Sources).Resource);
    }

    [Fact]
    public void An_entered_in_error_or_preliminary_observation_is_not_used()
    {
        var error = Hba1c("error", 7.4m);
        error.Status = ObservationStatus.EnteredInError;
        var preliminary = Hba1c("preliminary", 7.5m);
        preliminary.Status = ObservationStatus.Preliminary;

        var result = Map(error, preliminary);

        Assert.Null(result.Case!.Patient);
        Assert.Equal(2, result.Unused.Count);
    }

    [Fact]
    public void A_refuted_condition_says_no_and_a_confirmed_one_says_yes()
    {
        var result = Map(Condition("dm", "http://hl7.org/fhir/sid/icd-10-cm", "E11.65", refuted: true), Condition("cancer", "http://hl7.org/fhir/sid/icd-10-cm", "Z85.46"));

        Assert.False(result.Case!.Patient!.Diabetes);
        Assert.Equal([Cases.RedFlag.CancerHistory], result.Case.Symptoms!.RedFlags!);
    }

    [Fact]
    public void A_procedure_not_done_means_no_prior_fusion()
    {
        var result = Map(new Procedure { Id = "f", Status = EventStatus.NotDone, Code = new CodeableConcept("http://www.ama-assn.org/go/cpt", "22630") });

        Assert.False(result.Case!.Surgery!.PriorFusion);
    }

    [Fact]
    public void A_resource_of_another_patient_is_not_used()
    {
        var observation = Hba1c("other", 7.4m);
        observation.Subject = new ResourceReference("Patient/someone-else");

        var result = Map(new Patient { Id = "p1", Gender = AdministrativeGender.Female, BirthDate = "1970-12-02" }, observation);

        Assert.Equal(55, result.Case!.Patient!.Age);
        Assert.Null(result.Case.Patient.HbA1cPercent);
        Assert.Contains("Patient/someone-else", Assert.Single(result.Unused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_patients_are_a_problem_and_give_no_demographics()
    {
        var result = Map(new Patient { Id = "a", BirthDate = "1970-01-01" }, new Patient { Id = "b", BirthDate = "1980-01-01" });

        Assert.Equal(FhirProblemCodes.MoreThanOnePatient, Assert.Single(result.Problems).Code);
        Assert.Null(result.Case!.Patient);
    }

    [Fact]
    public void A_resource_no_entry_maps_is_listed_with_its_codes()
    {
        var result = Map(Quantity("glucose", Loinc, "2345-7", 5.4m, "mmol/L"), new MedicationRequest { Id = "m" });

        Assert.Equal(["Observation/glucose", "MedicationRequest/m"], result.Unused.Select(u => u.Resource));
        Assert.Contains("http://loinc.org|2345-7", result.Unused[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pain_score_is_back_or_leg_pain_by_its_body_site_and_unused_without_one()
    {
        var back = Quantity("back", Loinc, "72514-3", 7m, "1");
        back.BodySite = new CodeableConcept(Project, "lower-back");
        var leg = new Observation { Id = "leg", Status = ObservationStatus.Final, Code = new CodeableConcept(Loinc, "72514-3"), BodySite = new CodeableConcept(Project, "leg"), Effective = new FhirDateTime(Now), Value = new Integer(3) };
        var unsited = Quantity("unsited", Loinc, "72514-3", 5m, "1");

        var result = Map(back, leg, unsited);

        Assert.Equal(7, result.Case!.Symptoms!.BackPainNrs);
        Assert.Equal(3, result.Case.Symptoms.LegPainNrs);
        Assert.Equal("Observation/unsited", Assert.Single(result.Unused).Resource);
    }

    [Fact]
    public void Smoking_status_is_read_from_its_snomed_answer_and_an_unknown_answer_is_a_problem()
    {
        var smoker = new Observation { Id = "s", Status = ObservationStatus.Final, Code = new CodeableConcept(Loinc, "72166-2"), Effective = new FhirDateTime(Now), Value = new CodeableConcept("http://snomed.info/sct", "449868002") };
        var unknown = new Observation { Id = "u", Status = ObservationStatus.Final, Code = new CodeableConcept(Loinc, "72166-2"), Effective = new FhirDateTime(Now.AddDays(-1)), Value = new CodeableConcept("http://snomed.info/sct", "266927001") };

        var result = Map(smoker, unknown);

        Assert.Equal(Cases.SmokingStatus.Current, result.Case!.Patient!.SmokingStatus);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("Observation/u", FhirProblemCodes.WrongValue), (problem.File, problem.Code));
    }

    [Fact]
    public void A_value_the_case_format_refuses_is_located_at_its_resource_and_the_rest_is_kept()
    {
        var result = Map(Hba1c("impossible", 50m), Quantity("bmi", Loinc, "39156-5", 31m, "kg/m2"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((FhirProblemCodes.RefusedByCaseFormat, "Observation/impossible", "Observation.valueQuantity"), (problem.Code, problem.File, problem.JsonPath));
        Assert.Null(result.Case!.Patient!.HbA1cPercent);
        Assert.Equal(31, result.Case.Patient.Bmi);
    }

    [Fact]
    public void Prefetch_bundles_among_the_resources_are_opened()
    {
        var searchset = new Bundle { Type = Bundle.BundleType.Searchset };
        searchset.Entry.Add(new Bundle.EntryComponent { Resource = Hba1c("h", 7.2m) });

        var result = Map(new Patient { Id = "p", Gender = AdministrativeGender.Male }, searchset);

        Assert.Equal(7.2, result.Case!.Patient!.HbA1cPercent);
        Assert.Equal(Cases.Sex.Male, result.Case.Patient.Sex);
    }

    [Fact]
    public void Malformed_fhir_json_is_a_problem_with_line_and_column_and_no_case()
    {
        var result = FhirCaseMapper.Default.MapJson("{\n  \"resourceType\": \"Observation\",\n  \"status\": \"nonsense\",\n  \"code\": { \"text\": \"HbA1c\" }\n}", Options);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((FhirProblemCodes.MalformedBundle, 3, "FHIR JSON", "Observation.status"), (problem.Code, problem.Line, problem.File, problem.JsonPath));
        Assert.True(problem.Column > 0);
    }

    [Fact]
    public void Imaging_levels_keep_the_latest_finding_of_each_level()
    {
        static Observation Level(string id, string level, decimal translation, DateTimeOffset when) => new()
        {
            Id = id,
            Status = ObservationStatus.Final,
            Code = new CodeableConcept(Project, "lumbar-level-findings"),
            Effective = new FhirDateTime(when),
            Component =
            {
                new Observation.ComponentComponent { Code = new CodeableConcept(Project, "level"), Value = new FhirString(level) },
                new Observation.ComponentComponent { Code = new CodeableConcept(Project, "translation"), Value = new Quantity(translation, "mm") },
                new Observation.ComponentComponent { Code = new CodeableConcept(Project, "stenosis"), Value = new CodeableConcept(Project, "severe") },
            },
        };

        var result = Map(Level("old", "L4-L5", 2m, Now.AddDays(-90)), Level("new", "L4-L5", 4.5m, Now.AddDays(-2)), Level("other", "L5-S1", 0.4m, Now.AddDays(-90)));

        Assert.Equal([("L4-L5", 4.5), ("L5-S1", 0.4)], result.Case!.Imaging!.Levels!.Select(l => (l.Level!, l.TranslationMm!.Value)));
        Assert.Equal(Cases.StenosisGrade.Severe, result.Case.Imaging.Levels![0].Stenosis);
        Assert.Contains(result.Sources, s => s is { CasePath: "imaging.levels[0].translationMm", Resource: "Observation/new", Element: "Observation.component[1].valueQuantity" });
        Assert.Equal("Observation/old", Assert.Single(result.Unused).Resource);
    }
}
