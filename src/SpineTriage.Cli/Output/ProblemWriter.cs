using SpineTriage.Rules;

namespace SpineTriage.Cli.Output;

/// <summary>Writes diagnostics to standard error, one per line, as <c>file:line:column: error CODE: message [json path]</c>.</summary>
internal static class ProblemWriter
{
    public static void Write(IEnumerable<Diagnostic> problems, OutputWriter output)
    {
        foreach (var problem in problems)
        {
            output.WriteError(problem.ToString());
        }
    }
}
