using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpineTriage.Reloading;
using SpineTriage.Tests.Reliability;

namespace SpineTriage.Tests.Hosting;

public sealed class HealthCheckTests
{
    // The health check service logs; a host has logging, these tests log nowhere.
    private static IServiceCollection Services() =>
        new ServiceCollection().AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));

    [Fact]
    public async Task The_default_pack_is_healthy_and_names_its_rule_set()
    {
        await using var provider = Services().AddSpineTriage().AddHealthChecks().AddSpineTriage().Services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["spinetriage"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(provider.GetRequiredService<ITriageEngine>().RuleSetHash, entry.Data["ruleSetHash"]);
    }

    [Fact]
    public async Task No_loadable_rule_set_is_unhealthy_with_the_reason()
    {
        using var empty = new RulesFolder();
        File.Delete(Path.Combine(empty.Path, RulesFolder.FusionFile));
        await using var provider = Services()
            .AddSpineTriage(o => o.RulesDirectory = Path.Combine(empty.Path, "missing"))
            .AddHealthChecks().AddSpineTriage(tags: ["ready"]).Services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["spinetriage"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("No rule set is loaded: ", entry.Description, StringComparison.Ordinal);
        Assert.Contains("missing", entry.Description, StringComparison.Ordinal);
        Assert.Contains("ready", entry.Tags);
    }

    [Fact]
    public async Task A_refused_reload_is_degraded_with_its_errors_and_a_repaired_one_is_healthy_again()
    {
        using var folder = new RulesFolder();
        folder.Write(RulesFolder.ValidVersions[0]);
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        await using var provider = Services()
            .AddSingleton<ITriageEngine>(engine).AddSingleton<ITriageRuleSetMonitor>(engine)
            .AddHealthChecks().AddSpineTriage().Services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();
        var good = engine.CurrentHash;

        folder.Write(RulesFolder.InvalidVersions[0]);
        Assert.False(engine.ReloadNow());
        var degraded = (await health.CheckHealthAsync()).Entries["spinetriage"];

        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(good, degraded.Data["ruleSetHash"]);
        Assert.Equal(engine.LastErrors.Count, degraded.Data["errorCount"]);
        Assert.Contains(RulesFolder.FusionFile, ((string[])degraded.Data["errors"])[0], StringComparison.Ordinal);
        Assert.Contains(good, degraded.Description, StringComparison.Ordinal);

        folder.Write(RulesFolder.ValidVersions[1]);
        Assert.True(engine.ReloadNow());
        var healthy = (await health.CheckHealthAsync()).Entries["spinetriage"];

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.NotEqual(good, healthy.Data["ruleSetHash"]);
        Assert.True(healthy.Data.ContainsKey("lastReloadedAt"));
    }
}
