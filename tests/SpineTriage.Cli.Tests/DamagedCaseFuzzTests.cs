using FsCheck;
using FsCheck.Fluent;

namespace SpineTriage.Cli.Tests;

// Randomly damaged case files are either evaluated or reported with their file and location; never a stack trace.
public sealed class DamagedCaseFuzzTests
{
    private static readonly string Seed = File.ReadAllText(RepositoryFiles.Seed("degenerative-spondylolisthesis-smoker"));
    private const string Noise = "{}[]\",:0-1.5e\\ aZ\n\ttruefalsenull\u00e9";

    [ReplayableProperty(quick: 40, deep: 40)]
    public Property Damaged_case_files_are_evaluated_or_reported_with_a_location()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed => Damage(new Random(seed)));
        var directory = RepositoryFiles.NewScratchDirectory();
        var count = 0;

        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var path = Path.Combine(directory, $"case-{count++}.json");
            File.WriteAllText(path, json);

            var run = CliRun.Of("evaluate", path, "--format", "json");

            run.AssertNoStackTrace();
            Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
            var problems = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1);
            Assert.All(problems, line => Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(path) + @":\d+:\d+: error SP[CX]\d{3}: ", line));
            Assert.Equal(run.ExitCode == 0, run.Output.Length > 0);
        });
    }

    private static string Damage(Random random)
    {
        var text = Seed.ToCharArray().ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(text.Count);
            switch (random.Next(3))
            {
                case 0:
                    text.RemoveRange(at, Math.Min(random.Next(1, 6), text.Count - at));
                    break;
                case 1:
                    text.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                default:
                    text[at] = Noise[random.Next(Noise.Length)];
                    break;
            }
        }

        return new string(text.ToArray());
    }
}
