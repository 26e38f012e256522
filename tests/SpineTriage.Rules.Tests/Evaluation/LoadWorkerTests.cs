using SpineTriage.Rules.Evaluation.Loading;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>The load's other thread: work runs in the order posted, WaitIdle returns when it has all run, and the first failure is thrown there.</summary>
public sealed class LoadWorkerTests
{
    [Fact]
    public void Work_runs_in_the_order_posted_on_another_thread_and_has_run_when_WaitIdle_returns()
    {
        using var worker = new LoadWorker();
        var order = new List<int>();
        var threads = new HashSet<int>();
        for (var i = 0; i < 200; i++)
        {
            var n = i;
            worker.Post(() =>
            {
                Thread.SpinWait(n % 7 * 100);
                order.Add(n);
                threads.Add(Environment.CurrentManagedThreadId);
            });
        }

        ReturnsWithin(worker.WaitIdle);

        Assert.Equal(Enumerable.Range(0, 200), order);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Fact]
    public void The_first_failure_is_thrown_by_WaitIdle_and_later_work_still_runs()
    {
        using var worker = new LoadWorker();
        var ran = false;
        worker.Post(() => throw new InvalidOperationException("first"));
        worker.Post(() => throw new ArgumentException("second"));
        worker.Post(() => ran = true);

        var thrown = Assert.Throws<InvalidOperationException>(worker.WaitIdle);

        Assert.Equal("first", thrown.Message);
        Assert.True(ran);
    }

    [Fact]
    public void WaitIdle_and_Drain_with_nothing_posted_return_at_once()
    {
        using var worker = new LoadWorker();

        ReturnsWithin(worker.WaitIdle);
        ReturnsWithin(worker.Drain);
    }

    [Fact]
    public void Inline_the_work_runs_at_once_on_the_posting_thread_and_the_first_failure_is_thrown_by_WaitIdle()
    {
        using var worker = new LoadWorker(inline: true);
        var threads = new List<int>();
        worker.Post(() => threads.Add(Environment.CurrentManagedThreadId));
        Assert.Equal([Environment.CurrentManagedThreadId], threads);

        worker.Post(() => throw new InvalidOperationException("first"));
        worker.Post(() => throw new ArgumentException("second"));

        Assert.Equal("first", Assert.Throws<InvalidOperationException>(worker.WaitIdle).Message);
    }

    /// <summary>Runs a call that must return on another thread and fails, instead of hanging the run, when it does not within 10 s.</summary>
    private static void ReturnsWithin(Action call)
    {
        var task = Task.Run(call);
        Assert.True(task.Wait(TimeSpan.FromSeconds(10)), "the call did not return within 10 s");
    }

    [Fact]
    public void A_load_after_the_first_in_the_process_starts_no_thread()
    {
        RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 1"}"""), TestRules.Options());
        var before = LoadWorker.ThreadsStarted;
        for (var i = 0; i < 50; i++)
        {
            var ruleSet = RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 1","Properties":{"a":1}}"""), TestRules.Options());
            Assert.Equal(1, ruleSet.GetWorkflow("W").Rules[0].Properties.GetProperty("a").GetInt32());
        }

        Assert.Equal(before, LoadWorker.ThreadsStarted);
    }
}
