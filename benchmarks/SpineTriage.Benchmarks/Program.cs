using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SpineTriage.Benchmarks;

return args switch
{
    ["--cold"] => ColdStart.Run(),
    ["--per-case"] => PerCaseDistribution.Run(Console.Out),
    ["--load-scaling"] => LoadScalingInterleaved.Run(Console.Out),
    ["--check-end-to-end", var measurements, var thresholds] => SpineTriage.Benchmarks.Gate.EndToEndCheck.Run(measurements, thresholds, Console.Out),
    ["--check", var results, var thresholds, .. var filters] => SpineTriage.Benchmarks.Gate.RegressionCheck.Run(results, thresholds, Console.Out, filters),
    _ => Run(args),
};

// BenchmarkDotNet builds a project per run and gives up after 2 minutes by default; on a busy 2-core machine that build
// once took longer and every benchmark came out "no result". Ten minutes is still bounded, and CI allows 90.
static int Run(string[] args)
{
    var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
    BenchmarkSwitcher.FromAssembly(typeof(DefaultPack).Assembly).Run(args, config);
    return 0;
}
