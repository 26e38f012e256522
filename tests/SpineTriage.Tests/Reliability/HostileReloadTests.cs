using System.Diagnostics;
using SpineTriage.Hostile;
using SpineTriage.Reloading;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Reliability;

// Issue 12, item 4: a reload that cannot finish fails and is reported, the watcher never blocks Dispose, nothing escapes
// a timer thread, and a reload without a required assessment fails.
public sealed class HostileReloadTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_fifo_in_the_rules_directory_fails_the_reload_with_a_located_error_and_a_later_edit_is_applied()
    {
        using var folder = new RulesFolder();
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        var good = engine.CurrentHash;
        var fifo = new HostileFile("zz-pipe.json", "SPR004", HostileFileKind.Fifo).WriteTo(folder.Path);

        var refused = BoundedRun.Within(Bound, "A reload with a FIFO", engine.ReloadNow);

        Assert.False(refused);
        Assert.Equal(good, engine.CurrentHash);
        var error = Assert.Single(engine.LastErrors);
        Assert.Equal(("SPR004", "zz-pipe.json", 1, 1), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("FIFO", error.Message, StringComparison.Ordinal);

        File.Delete(fifo);
        folder.Write(RulesFolder.ValidVersions[1]);
        Assert.True(BoundedRun.Within(Bound, "The next reload", engine.ReloadNow));
        Assert.NotEqual(good, engine.CurrentHash);
    }

    [Theory]
    [InlineData(HostileFileKind.LinkToDevZero)]
    [InlineData(HostileFileKind.LinkLoop)]
    [InlineData(HostileFileKind.BrokenLink)]
    public void A_link_to_a_device_or_nowhere_fails_start_up_and_reload_with_a_located_error(HostileFileKind kind)
    {
        using var folder = new RulesFolder();
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        new HostileFile("zz-link.json", "SPR004", kind).WriteTo(folder.Path);

        Assert.False(BoundedRun.Within(Bound, "The reload", engine.ReloadNow));
        var startUp = BoundedRun.Within(Bound, "Start-up", () => Assert.Throws<RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = folder.Path })));

        Assert.Equal(("SPR004", "zz-link.json"), (engine.LastErrors[0].Code, engine.LastErrors[0].File));
        Assert.Equal(("SPR004", "zz-link.json"), (startUp.Problems[0].Code, startUp.Problems[0].File));
    }

    [Fact]
    public void A_reload_that_does_not_finish_in_time_fails_and_later_ones_do_not_pile_up()
    {
        using var folder = new RulesFolder();
        using var release = new ManualResetEventSlim();
        var slow = false;
        var options = new TriageOptions { RulesDirectory = folder.Path, ReloadTimeout = TimeSpan.FromMilliseconds(200) };
        using var engine = new ReloadingTriageEngine(options, null, watch: false, readSources: directory =>
        {
            if (Volatile.Read(ref slow))
            {
                release.Wait();
            }

            return Configuration.RulePackSources.Read(directory);
        });
        RuleSetReloadFailedEventArgs? reported = null;
        engine.ReloadFailed += (_, e) => reported = e;
        Volatile.Write(ref slow, true);
        var clock = Stopwatch.StartNew();

        Assert.False(engine.ReloadNow());
        Assert.False(engine.ReloadNow());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal("SPT301", Assert.Single(reported!.Errors).Code);
        Assert.Contains("has not finished", reported.Errors[0].Message, StringComparison.Ordinal);
        Volatile.Write(ref slow, false);
        release.Set();
        Assert.True(Poll.Until(engine.ReloadNow, Bound));
        Assert.Empty(engine.LastErrors);
    }

    [Fact]
    public void Out_of_memory_in_a_reload_keeps_the_rules_in_force_and_is_reported()
    {
        using var folder = new RulesFolder();
        var fail = false;
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false,
            readSources: directory => Volatile.Read(ref fail) ? throw new OutOfMemoryException() : Configuration.RulePackSources.Read(directory));
        var good = engine.CurrentHash;
        Volatile.Write(ref fail, true);

        Assert.False(engine.ReloadNow());

        Assert.Equal(good, engine.CurrentHash);
        Assert.Contains("ran out of memory", Assert.Single(engine.LastErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_returns_while_a_reload_is_blocked()
    {
        using var folder = new RulesFolder();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var watcher = new RulesDirectoryWatcher(folder.Path, () =>
        {
            started.Set();
            release.Wait();
        }, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));
        folder.Write(RulesFolder.ValidVersions[1]);
        Assert.True(started.Wait(Bound), "The change was not noticed.");

        var disposed = BoundedRun.Within(TimeSpan.FromSeconds(5), "Dispose", () =>
        {
            watcher.Dispose();
            return true;
        });

        Assert.True(disposed);
        release.Set();
    }

    [Fact]
    public void Out_of_memory_in_the_callback_does_not_escape_the_timer_thread()
    {
        using var folder = new RulesFolder();
        var calls = 0;
        using var watcher = new RulesDirectoryWatcher(folder.Path, () =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new OutOfMemoryException("simulated");
            }
        }, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));

        folder.Write(RulesFolder.ValidVersions[1]);
        Assert.True(Poll.Until(() => Volatile.Read(ref calls) >= 1, Bound));
        Thread.Sleep(100);
        folder.Write(RulesFolder.ValidVersions[0]);

        Assert.True(Poll.Until(() => Volatile.Read(ref calls) >= 2, Bound), "The watcher stopped after the failure.");
    }

    [Fact]
    public void Deleting_an_assessments_file_is_a_refused_reload_unless_the_host_does_not_require_it()
    {
        using var folder = new RulesFolder();
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        var good = engine.CurrentHash;
        File.Delete(Path.Combine(folder.Path, "fusion-appropriateness.json"));

        Assert.False(engine.ReloadNow());

        Assert.Equal(good, engine.CurrentHash);
        var error = Assert.Single(engine.LastErrors);
        Assert.Equal(("SPT010", folder.Path), (error.Code, error.File));
        Assert.Contains("no 'fusion' assessment", error.Message, StringComparison.Ordinal);
        Assert.Throws<RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = folder.Path }));
        var relaxed = new TriageOptions { RulesDirectory = folder.Path };
        relaxed.RequiredAssessments.Remove("Fusion");
        Assert.Equal(["biologic", "revision"], TriageEngine.Create(relaxed).Evaluate(new SpineTriage.Cases.PatientCase()).Assessments.Select(a => a.Assessment));
    }
}
