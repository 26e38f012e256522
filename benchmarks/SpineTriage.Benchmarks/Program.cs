using BenchmarkDotNet.Running;
using SpineTriage.Benchmarks;

return args switch
{
    ["--cold"] => ColdStart.Run(),
    ["--check", var results, var thresholds, .. var filters] => SpineTriage.Benchmarks.Gate.RegressionCheck.Run(results, thresholds, Console.Out, filters),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DefaultPack).Assembly).Run(args);
    return 0;
}
