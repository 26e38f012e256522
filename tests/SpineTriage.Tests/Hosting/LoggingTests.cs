using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpineTriage.Rules;
using SpineTriage.Tests.Reliability;

namespace SpineTriage.Tests.Hosting;

public sealed class LoggingTests
{
    [Fact]
    public void Resolving_the_engine_logs_the_rule_set_it_loaded()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddSpineTriage().BuildServiceProvider();

        var engine = provider.GetRequiredService<ITriageEngine>();

        Assert.Contains($"SpineTriage rules loaded from the embedded default pack: rule set {engine.RuleSetHash}", logs.Messages);
    }

    [Fact]
    public void A_rule_set_that_cannot_load_is_logged_with_its_problem_before_the_exception_reaches_the_host()
    {
        using var folder = new RulesFolder();
        folder.Write(RulesFolder.InvalidVersions[0]);
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddSpineTriage(o => o.RulesDirectory = folder.Path).BuildServiceProvider();

        var exception = Assert.Throws<RuleLoadException>(() => provider.GetRequiredService<ITriageEngine>());

        var logged = Assert.Single(logs.Messages, m => m.StartsWith($"SpineTriage rules could not be loaded from {folder.Path}; no rule set is in force: ", StringComparison.Ordinal));
        Assert.Contains(RulesFolder.FusionFile, logged, StringComparison.Ordinal);
        Assert.Contains(exception.Message, logged, StringComparison.Ordinal);
    }
}
