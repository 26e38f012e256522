using SpineTriage.Cli;
using SpineTriage.Cli.Output;

return CliApplication.Run(args, OutputWriter.ForConsole());
