using System.CommandLine;
using System.CommandLine.Invocation;
using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;
using SpineTriage.Cli.Validate;

namespace SpineTriage.Cli;

/// <summary>
/// Parses the command line and runs one command. Usage errors exit 2 with what was wrong; any failure the
/// commands did not turn into located messages is reported in one line (exit 3), never as a stack trace.
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand(OutputWriter output) =>
        new("spinetriage: clinical decision support for spine care (decision support, not diagnosis).\n" +
            "Exit codes: 0 success, 1 bad input or rules, 2 usage, 3 internal error, 4 I/O error (a full disk, a closed pipe).")
        {
            EvaluateCommand.Create(output),
            ValidateCommand.Create(output),
            Test.TestCommand.Create(output),
            Rulebook.RulebookCommand.Create(output),
            Audit.AuditCommand.Create(output),
            Audit.CohortCommand.Create(output),
            Schema.SchemaCommand.Create(output),
            Serve.ServeCommand.Create(output),
        };

    public static int Run(string[] args, OutputWriter output)
    {
        var parseResult = CreateRootCommand(output).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                output.WriteError($"spinetriage: {error.Message}");
            }

            output.WriteError("Run 'spinetriage --help' (or 'spinetriage <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = output.Output,
                Error = output.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (IOException exception)
        {
            // Input files are read through TextFileReader, which turns every failure into a located problem; what
            // arrives here is the system refusing a write (standard output on a full disk, a closed pipe).
            TryWriteError(output, $"spinetriage: I/O error ({exception.GetType().Name}): {exception.Message}");
            return ExitCodes.IoError;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.WriteError($"spinetriage: internal error ({exception.GetType().Name}): {exception.Message}");
            output.WriteError("This is a bug in SpineTriage, not in your input; please report it with the command line used.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Standard error can fail too (a closed pipe); the exit code still tells.</summary>
    private static void TryWriteError(OutputWriter output, string line)
    {
        try
        {
            output.WriteError(line);
        }
        catch (IOException)
        {
        }
    }
}
