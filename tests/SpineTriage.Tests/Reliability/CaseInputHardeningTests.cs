using SpineTriage.Cases;
using SpineTriage.Tests.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Reliability;

// Out-of-range, contradictory and oversized cases are refused with every problem listed and located.
public sealed class CaseInputHardeningTests
{
    [Fact]
    public void The_four_classic_mistakes_are_all_listed_at_once()
    {
        var full = FullCase.Create();
        var patientCase = full with
        {
            Patient = full.Patient! with { HbA1cPercent = 50, DexaTScoreMin = 20 },
            Symptoms = full.Symptoms! with { DurationWeeks = -3 },
            Surgery = new SurgicalHistory { PriorFusion = false, MonthsSinceIndexFusion = 8 },
        };

        var exception = Assert.Throws<CaseValidationException>(() => TestCases.DefaultEngine.Evaluate(patientCase));

        Assert.Equal(
            ["$.patient.dexaTScoreMin", "$.patient.hba1cPercent", "$.surgery.monthsSinceIndexFusion", "$.symptoms.durationWeeks"],
            exception.Problems.Select(p => p.JsonPath!).Order(StringComparer.Ordinal));
        Assert.All(exception.Problems, p => Assert.Matches("^SPC1[01][0-9]$", p.Code));
    }

    [Fact]
    public void The_same_mistakes_in_json_carry_line_and_column()
    {
        var json = PatientCaseJson.Write(FullCase.Create())
            .Replace("\"hba1cPercent\": 7.2", "\"hba1cPercent\": 50", StringComparison.Ordinal)
            .Replace("\"dexaTScoreMin\": -1.4", "\"dexaTScoreMin\": 20", StringComparison.Ordinal)
            .Replace("\"durationWeeks\": 30", "\"durationWeeks\": -3", StringComparison.Ordinal)
            .Replace("\"priorFusion\": true", "\"priorFusion\": false", StringComparison.Ordinal);

        var result = PatientCaseJson.Read(json, "case.json");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.JsonPath == "$.patient.hba1cPercent");
        Assert.Contains(result.Problems, p => p.JsonPath == "$.patient.dexaTScoreMin");
        Assert.Contains(result.Problems, p => p.JsonPath == "$.symptoms.durationWeeks");
        Assert.Contains(result.Problems, p => p.JsonPath == "$.surgery.monthsSinceIndexFusion");
        Assert.All(result.Problems, p => Assert.True(p.File == "case.json" && p.Line > 0 && p.Column > 0, p.ToString()));
    }

    [Fact]
    public void More_levels_than_the_limit_is_one_problem_not_one_per_level()
    {
        var full = FullCase.Create();
        var patientCase = full with { Imaging = full.Imaging! with { Levels = [.. Enumerable.Range(0, 10_000).Select(_ => TestCases.FusionLevel)] } };

        var problem = Assert.Single(CaseValidator.Validate(patientCase));

        Assert.Equal(("SPC103", "$.imaging.levels"), (problem.Code, problem.JsonPath));
        Assert.Contains("at most 32", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_injections_than_the_limit_is_a_problem()
    {
        var full = FullCase.Create();
        var patientCase = full with { Care = full.Care! with { Injections = [.. Enumerable.Range(0, 101).Select(_ => new Injection { Type = InjectionType.Esi, Response = InjectionResponse.None })] } };

        var problem = Assert.Single(CaseValidator.Validate(patientCase));

        Assert.Equal(("SPC103", "$.care.injections"), (problem.Code, problem.JsonPath));
    }

    [Fact]
    public void More_red_flags_than_there_are_kinds_is_a_problem()
    {
        var full = FullCase.Create();
        var patientCase = full with { Symptoms = full.Symptoms! with { RedFlags = [.. Enumerable.Range(0, 14).Select(i => Enum.GetValues<RedFlag>()[i % Enum.GetValues<RedFlag>().Length])] } };

        var problem = Assert.Single(CaseValidator.Validate(patientCase));

        Assert.Equal(("SPC103", "$.symptoms.redFlags"), (problem.Code, problem.JsonPath));
    }

    [Fact]
    public void A_case_over_one_mebibyte_is_refused_before_it_is_parsed()
    {
        var json = PatientCaseJson.Write(FullCase.Create()) + new string(' ', 1024 * 1024);

        var problem = Assert.Single(PatientCaseJson.Read(json, "big.json").Problems);

        Assert.Equal(("SPC002", "big.json", 1, 1, "$"), (problem.Code, problem.File, problem.Line, problem.Column, problem.JsonPath));
    }
}
