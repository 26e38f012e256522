using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SpineTriage.Tests.Hosting;

public sealed class ConfigurationBindingTests
{
    [Fact]
    public void Appsettings_bind_every_option()
    {
        var rules = RepositoryFiles.PathOf("rules").Replace("\\", "\\\\", StringComparison.Ordinal);
        using var provider = Provider($$"""
            {"SpineTriage": {
              "RulesDirectory": "{{rules}}",
              "Thresholds": { "nicotineFreeWeeksMin": 8, "HBA1COPTIMIZEFIRSTPERCENT": 8.5 },
              "WatchForChanges": false,
              "RequiredAssessments": [ "fusion" ],
              "ReloadTimeout": "00:00:10"
            }
            }
            """);

        var options = provider.GetRequiredService<IOptions<TriageOptions>>().Value;

        Assert.Equal(RepositoryFiles.PathOf("rules"), options.RulesDirectory);
        Assert.Equal(8, options.Thresholds["nicotineFreeWeeksMin"]);
        Assert.Equal(8.5, options.Thresholds["hba1cOptimizeFirstPercent"]);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ReloadTimeout);
        Assert.Equal(["biologic", "fusion", "revision"], options.RequiredAssessments.Order(StringComparer.Ordinal));
        var engine = provider.GetRequiredService<ITriageEngine>();
        Assert.NotEqual(TestCasesHash(), engine.RuleSetHash);
    }

    [Fact]
    public void A_misspelled_option_fails_start_up_and_names_it()
    {
        using var provider = Provider("""{"SpineTriage": {"RuleDirectory": "rules"}}""");

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RuleDirectory", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_fails_start_up_with_its_configuration_path()
    {
        using var provider = Provider("""{"SpineTriage": {"WatchForChanges": "sometimes"}}""");

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SpineTriage:WatchForChanges", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_options_are_validated_like_code_options()
    {
        using var provider = Provider("""{"SpineTriage": {"Thresholds": {"noSuchThreshold": 1}}}""");

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("noSuchThreshold", exception.Message, StringComparison.Ordinal);
    }

    private static string TestCasesHash() => Triage.TestCases.DefaultEngine.RuleSetHash;

    private static ServiceProvider Provider(string appsettings)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appsettings))).Build();
        return new ServiceCollection().AddSpineTriage(configuration.GetSection("SpineTriage")).BuildServiceProvider();
    }
}
