using SpineTriage.Cli.Output;
using SpineTriage.Testing;

namespace SpineTriage.Cli.Test;

/// <summary>Writes PASS or FAIL per test; a failure lists, under the test's story, each expectation the report did not meet.</summary>
internal static class TestResultWriter
{
    public static void Write(RuleTestFile file, RuleTestRun run, OutputWriter output)
    {
        for (var i = 0; i < run.Results.Count; i++)
        {
            var result = run.Results[i];
            if (result.Passed)
            {
                output.WriteLine($"  PASS {result.Name}", Tone.Positive);
                continue;
            }

            output.WriteLine($"  FAIL {result.Name}", Tone.Critical);
            if (file.Tests[i].Story is { } story)
            {
                output.WriteLine($"       story: {story}", Tone.Muted);
            }

            output.WriteLine($"       case:  {file.Tests[i].CasePath}", Tone.Muted);
            foreach (var difference in result.Differences)
            {
                output.WriteLine($"       - {difference}", Tone.Caution);
            }
        }
    }
}
