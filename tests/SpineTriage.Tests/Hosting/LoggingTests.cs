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

    [Fact]
    public void A_workflow_that_cannot_reach_its_fast_tier_is_logged_as_event_5_without_patient_data()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddSpineTriage().BuildServiceProvider();
        var engine = Assert.IsType<TriageEngine>(provider.GetRequiredService<ITriageEngine>());
        var workflow = engine.RuleSet.Workflows[0];

        // What the background compilation calls when the runtime refuses to make code (TieredChunksTests cover that call).
        Assert.NotNull(workflow.Plan.TierUpFailed);
        workflow.Plan.TierUpFailed(new InvalidProgramException("code heap exhausted"));

        Assert.Contains($"SpineTriage workflow {workflow.Name} could not be compiled to its fast tier and keeps running interpreted (same results, slower): code heap exhausted", logs.Messages);
    }

    [Fact]
    public void The_hot_reloading_engine_logs_a_failed_tier_up_too()
    {
        using var folder = new RulesFolder();
        var logs = new CapturingLoggerFactory();
        using var engine = new SpineTriage.Reloading.ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, logs.CreateLogger("SpineTriage.Rules"), watch: false);
        var current = Assert.IsType<TriageEngine>(engine.Current);

        current.RuleSet.Workflows[0].Plan.TierUpFailed!(new InvalidProgramException("no code"));

        Assert.Contains(logs.Messages, m => m.EndsWith("keeps running interpreted (same results, slower): no code", StringComparison.Ordinal));
    }
}
