using BenchmarkDotNet.Running;
using SpineTriage.Benchmarks;

return args switch
{
    ["--cold"] => ColdStart.Run(),
    ["--check", var results, var thresholds] => SpineTriage.Benchmarks.Gate.RegressionCheck.Run(results, thresholds, Console.Out),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DefaultPack).Assembly).Run(args);
    return 0;
}
