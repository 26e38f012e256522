using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Triage;

// TriageEngine.ExplainUnknownRules as a host calls it: what each Unknown rule still asks of the missing data.
public sealed class ExplainUnknownRulesTests
{
    public static TheoryData<string> Cases() => ["empty", "FusionBase", "annular-tear-with-sciatica"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_explained_rules_are_the_Unknown_outcomes_of_the_report_in_order(string name)
    {
        var patientCase = Case(name);

        var explained = TestCases.DefaultEngine.ExplainUnknownRules(patientCase);

        var unknown = TestCases.DefaultEngine.Evaluate(patientCase).Assessments
            .SelectMany(a => a.Outcomes.Where(o => o.Outcome == RuleOutcome.Unknown).Select(o => (a.Assessment, o.RuleName)));
        Assert.Equal(unknown, explained.Select(e => (e.Assessment, e.RuleName)));
    }

    [Fact]
    public void Each_residual_names_missing_inputs_and_reads_as_assessment_rule_and_condition()
    {
        var explained = TestCases.DefaultEngine.ExplainUnknownRules(new PatientCase());

        Assert.NotEmpty(explained);
        Assert.All(explained, e =>
        {
            Assert.NotEmpty(e.Residual.MissingInputs);
            Assert.Equal($"{e.Assessment} / {e.RuleName}: {e.Residual}", e.ToString());
            Assert.False(string.IsNullOrWhiteSpace(e.Residual.ToPlainLanguage().Text));
        });
    }

    [Fact]
    public void An_invalid_case_is_refused_with_its_problems()
    {
        var invalid = new PatientCase { Patient = new PatientDetails { Age = 150 } };

        var exception = Assert.Throws<CaseValidationException>(() => TestCases.DefaultEngine.ExplainUnknownRules(invalid));
        Assert.Contains(exception.Problems, p => p.JsonPath == "$.patient.age");
        Assert.Throws<ArgumentNullException>(() => TestCases.DefaultEngine.ExplainUnknownRules(null!));
    }

    private static PatientCase Case(string name) => name switch
    {
        "empty" => new PatientCase(),
        "FusionBase" => TestCases.FusionBase,
        _ => TestCases.Seed(name),
    };
}
