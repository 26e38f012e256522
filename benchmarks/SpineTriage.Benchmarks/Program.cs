using BenchmarkDotNet.Running;
using SpineTriage.Benchmarks;

return args switch
{
    ["--cold"] => ColdStart.Run(),
    ["--check", var results, var thresholds] => SpineTriage.Benchmarks.Gate.RegressionCheck.Run(results, thresholds, Console.Out),
    ["--probe", var what, var n] => QuickProbe.Run(what, int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DefaultPack).Assembly).Run(args);
    return 0;
}
