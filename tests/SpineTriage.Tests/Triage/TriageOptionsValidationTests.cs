using SpineTriage.Rules;

namespace SpineTriage.Tests.Triage;

public sealed class TriageOptionsValidationTests
{
    private static TriageConfigurationException Fails(TriageOptions options) => Assert.Throws<TriageConfigurationException>(() => TriageEngine.Create(options));

    [Fact]
    public void A_rules_directory_that_does_not_exist_is_named()
    {
        var exception = Fails(new TriageOptions { RulesDirectory = "/no/such/rules" });

        Assert.Contains("TriageOptions.RulesDirectory '/no/such/rules' does not exist", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_directory_without_rule_files_is_refused()
    {
        var directory = Directory.CreateTempSubdirectory("spinetriage-empty-");
        try
        {
            var exception = Fails(new TriageOptions { RulesDirectory = directory.FullName });

            Assert.Contains("has no rule files", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void A_misspelt_threshold_gets_a_did_you_mean()
    {
        var options = new TriageOptions();
        options.Thresholds["nicotineFreeWeekMin"] = 8;

        var problem = Assert.Single(Fails(options).Problems).Message;

        Assert.Contains("'nicotineFreeWeekMin', which no rule file declares. Did you mean 'nicotineFreeWeeksMin'?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_fact_cannot_be_overridden_as_a_threshold()
    {
        var options = new TriageOptions();
        options.Thresholds["structuralIndication"] = 1;

        Assert.Contains("a derived fact of the rules, not a threshold", Assert.Single(Fails(options).Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void A_threshold_must_be_finite(double value, string shown)
    {
        var options = new TriageOptions();
        options.Thresholds["bmiMax"] = value;

        Assert.Equal($"TriageOptions.Thresholds['bmiMax'] is {shown}; a threshold must be a finite number.", Assert.Single(Fails(options).Problems).Message);
    }

    [Fact]
    public void A_whole_number_threshold_refuses_a_fraction()
    {
        var options = new TriageOptions();
        options.Thresholds["nicotineFreeWeeksMin"] = 6.5;

        Assert.Contains("compare it with whole numbers", Assert.Single(Fails(options).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_in_one_message()
    {
        var options = new TriageOptions();
        options.Thresholds["bmiMaxx"] = 35;
        options.Thresholds["albuminMinGDl"] = double.NaN;

        var exception = Fails(options);

        Assert.Equal(2, exception.Problems.Count);
        Assert.StartsWith("The SpineTriage options have 2 problems:", exception.Message, StringComparison.Ordinal);
        Assert.All(exception.Problems, p => Assert.Contains(p.Message, exception.Message, StringComparison.Ordinal));
        Assert.All(exception.Problems, p => Assert.Equal((DiagnosticSeverity.Error, "SPT030", "TriageOptions"), (p.Severity, p.Code, p.File)));
    }

    [Fact]
    public void Threshold_names_are_case_insensitive()
    {
        var options = new TriageOptions();
        options.Thresholds["BMIMAX"] = 35;

        Assert.NotNull(TriageEngine.Create(options));
    }
}
