using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SpineTriage.Reloading;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Reliability;

// Rules rewritten under load: every report comes from exactly one complete rule-set version; a bad edit keeps the last good one.
public sealed class HotReloadTests
{
    private static readonly string[] Seeds = [.. RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText)];

    /// <summary>
    /// Rewrites of the rules folder: 12 in the plain test run (each of the three invalid versions twice, six swaps between the
    /// two valid ones), 1,000 under SPINETRIAGE_DEEP=1. Eight evaluating threads keep both cores busy for the whole test, so
    /// each rewrite costs the suite about a fifth of a second of both cores.
    /// </summary>
    private static readonly int Rewrites = TestDepth.Count(quick: 12, deep: 1_000) / 2 * 2;

    [Fact]
    public void Eight_threads_evaluating_through_many_rewrites_always_get_one_complete_version()
    {
        using var folder = new RulesFolder();
        var expected = ExpectedReports(folder);
        var hashes = expected.Keys.ToArray();
        folder.Write(RulesFolder.ValidVersions[0]);
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        var (reloaded, failed) = (0, 0);
        engine.Reloaded += (_, _) => Interlocked.Increment(ref reloaded);
        engine.ReloadFailed += (_, _) => Interlocked.Increment(ref failed);
        var problems = new ConcurrentQueue<string>();
        var evaluations = new long[8];
        using var stop = new CancellationTokenSource();

        var workers = Enumerable.Range(0, evaluations.Length).Select(worker => new Thread(() =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var report = engine.Evaluate(Seeds[i % Seeds.Length]);
                var json = ReportJsonRenderer.Render(report);
                if (!expected.TryGetValue(report.RuleSetHash, out var reports) || reports[i % Seeds.Length] != json)
                {
                    problems.Enqueue($"Seed {i % Seeds.Length} under {report.RuleSetHash} matches no version.");
                }

                evaluations[worker]++;
            }
        })).ToArray();
        Array.ForEach(workers, w => w.Start());

        var version = 0;
        for (var rewrite = 0; rewrite < Rewrites; rewrite++)
        {
            var valid = rewrite % 2 == 1;
            version = valid ? 1 - version : version;
            folder.Write(valid ? RulesFolder.ValidVersions[version] : RulesFolder.InvalidVersions[rewrite / 2 % RulesFolder.InvalidVersions.Length]);

            Assert.Equal(valid, engine.ReloadNow());
            Assert.Equal(hashes[version], engine.CurrentHash);
            Assert.Equal(valid, engine.LastErrors.Count == 0);
        }

        stop.Cancel();
        Assert.All(workers, w => Assert.True(w.Join(TimeSpan.FromMinutes(1)), "an evaluating thread did not stop within a minute"));
        Assert.Empty(problems);
        Assert.All(evaluations, count => Assert.True(count > 0));
        Assert.Equal((Rewrites / 2, Rewrites / 2), (reloaded, failed));
    }

    [Fact]
    public void A_refused_edit_lists_located_errors_and_keeps_the_last_good_rules()
    {
        using var folder = new RulesFolder();
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        var good = engine.CurrentHash;
        RuleSetReloadFailedEventArgs? reported = null;
        engine.ReloadFailed += (_, e) => reported = e;
        folder.Write(RulesFolder.InvalidVersions[1]);

        Assert.False(engine.ReloadNow());

        Assert.Equal(good, engine.CurrentHash);
        Assert.Equal(good, engine.Evaluate(Seeds[0]).RuleSetHash);
        Assert.NotNull(engine.LastReloadFailedAt);
        var error = engine.LastErrors[0];
        Assert.All(engine.LastErrors, e => Assert.True(e.File == "fusion-appropriateness.json" && e.Line > 0 && e.Column > 0, e.ToString()));
        Assert.True(error.File == "fusion-appropriateness.json" && error.Line > 0 && error.Column > 0 && error.Message.Contains("NoSuchMember", StringComparison.Ordinal), error.ToString());
        Assert.Equal(engine.LastErrors, reported!.Errors);
        Assert.Equal(good, reported.KeptHash);
    }

    [Fact]
    public void The_file_watcher_puts_a_valid_edit_in_force_and_refuses_an_invalid_one()
    {
        using var folder = new RulesFolder();
        var expected = ExpectedReports(folder).Keys.ToArray();
        folder.Write(RulesFolder.ValidVersions[0]);
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(logs)
            .AddSpineTriage(o =>
            {
                o.RulesDirectory = folder.Path;
                o.WatchForChanges = true;
            })
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<ITriageEngine>();
        var monitor = provider.GetRequiredService<ITriageRuleSetMonitor>();
        Assert.Equal(expected[0], monitor.CurrentHash);

        folder.Write(RulesFolder.ValidVersions[1]);
        Assert.True(Poll.Until(() => monitor.CurrentHash == expected[1], TimeSpan.FromSeconds(20)), "The valid edit was not picked up.");
        Assert.Equal(expected[1], engine.Evaluate(Seeds[0]).RuleSetHash);

        folder.Write(RulesFolder.InvalidVersions[0]);
        Assert.True(Poll.Until(() => monitor.LastReloadFailedAt is not null, TimeSpan.FromSeconds(20)), "The invalid edit was not noticed.");
        Assert.Equal(expected[1], monitor.CurrentHash);
        Assert.NotEmpty(monitor.LastErrors);
        Assert.Contains(logs.Messages, m => m.Contains("refused", StringComparison.Ordinal));

        folder.Write(RulesFolder.ValidVersions[0]);
        Assert.True(Poll.Until(() => monitor.CurrentHash == expected[0] && monitor.LastErrors.Count == 0, TimeSpan.FromSeconds(20)), "The repaired edit was not picked up.");
    }

    [Fact]
    public void Without_watching_the_monitor_reports_the_fixed_rule_set()
    {
        using var provider = new ServiceCollection().AddSpineTriage().BuildServiceProvider();

        var monitor = provider.GetRequiredService<ITriageRuleSetMonitor>();

        Assert.Equal(provider.GetRequiredService<ITriageEngine>().RuleSetHash, monitor.CurrentHash);
        Assert.Empty(monitor.LastErrors);
    }

    [Fact]
    public void Watching_the_embedded_pack_is_a_configuration_error()
    {
        var exception = Assert.Throws<TriageConfigurationException>(() => TriageEngine.Create(new TriageOptions { WatchForChanges = true }));

        Assert.Contains("RulesDirectory", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }

    /// <summary>Hash of each valid version to its reports of every seed, in version order.</summary>
    private static Dictionary<string, string[]> ExpectedReports(RulesFolder folder)
    {
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var version in RulesFolder.ValidVersions)
        {
            folder.Write(version);
            var engine = TriageEngine.Create(new TriageOptions { RulesDirectory = folder.Path });
            expected.Add(engine.RuleSetHash, [.. Seeds.Select(s => ReportJsonRenderer.Render(engine.Evaluate(s)))]);
        }

        return expected;
    }
}
