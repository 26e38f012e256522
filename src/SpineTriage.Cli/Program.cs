using SpineTriage.Cli.Output;

namespace SpineTriage.Cli;

internal static class Program
{
    private static int Main(string[] args) => CliApplication.Run(args, OutputWriter.ForConsole());
}
