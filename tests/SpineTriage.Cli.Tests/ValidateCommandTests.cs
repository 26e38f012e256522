namespace SpineTriage.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_default_rule_pack_is_clean()
    {
        var run = CliRun.Of("validate", RepositoryFiles.RulesDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": error ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings in 4 rule files.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_deliberate_mistakes_give_three_located_messages_and_exit_1()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        var file = Path.Combine(directory, "mistakes.json");
        File.WriteAllText(file, RuleFileWithMistakes.Json);

        var run = CliRun.Of("validate", directory);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.MisspelledMemberLine}:", StringComparison.Ordinal) && l.Contains("'Age'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.TypeMismatchLine}:", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:{RuleFileWithMistakes.UnknownVerdictLine}:", StringComparison.Ordinal) && l.Contains("Maybe", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.Equal("3 errors, 0 warnings in 1 rule file.", lines[^1]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Loose_files_are_validated_together_and_reported_under_their_own_paths()
    {
        var file = RepositoryFiles.WriteScratchFile("only.json", RuleFileWithMistakes.Json);

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:{RuleFileWithMistakes.MisspelledMemberLine}:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_pack_files_given_one_by_one_are_clean()
    {
        var files = Directory.GetFiles(RepositoryFiles.RulesDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToArray();

        var run = CliRun.Of(["validate", .. files]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_missing_path_is_named_and_exits_1()
    {
        var missing = Path.Combine(RepositoryFiles.NewScratchDirectory(), "no-rules");

        var run = CliRun.Of("validate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error SPX001:", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 0 rule files.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_rule_files_is_an_error()
    {
        var run = CliRun.Of("validate", RepositoryFiles.NewScratchDirectory());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SPX004:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("validate", "--strict").ExitCode);
    }
}
