using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SpineTriage.Tests.Triage;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void The_engine_is_one_singleton_with_the_embedded_pack()
    {
        using var provider = new ServiceCollection().AddSpineTriage().BuildServiceProvider();

        var first = provider.GetRequiredService<ITriageEngine>();

        Assert.Same(first, provider.GetRequiredService<ITriageEngine>());
        Assert.Equal(TestCases.DefaultEngine.RuleSetHash, first.RuleSetHash);
    }

    [Fact]
    public void Adding_twice_registers_one_engine_and_one_validator()
    {
        var services = new ServiceCollection().AddSpineTriage().AddSpineTriage(o => o.RulesDirectory = RepositoryFiles.PathOf("rules"));

        Assert.Single(services, d => d.ServiceType == typeof(ITriageEngine));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<TriageOptions>));
    }

    [Fact]
    public void Invalid_options_fail_on_resolution_with_every_problem_in_one_message()
    {
        using var provider = new ServiceCollection()
            .AddSpineTriage(o =>
            {
                o.RulesDirectory = "/no/such/rules";
                o.Thresholds["bmiMax"] = double.NaN;
            })
            .BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITriageEngine>());

        Assert.Contains("2 problems", exception.Message, StringComparison.Ordinal);
        Assert.Contains("/no/such/rules", exception.Message, StringComparison.Ordinal);
        Assert.Contains("bmiMax", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_caught_by_the_start_up_validation()
    {
        using var provider = new ServiceCollection().AddSpineTriage(o => o.Thresholds["nope"] = 1).BuildServiceProvider();

        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }
}
