using System.Text.RegularExpressions;

namespace SpineTriage.Tests.Conventions;

/// <summary>Every FsCheck property runs one way: a method under <see cref="ReplayablePropertyAttribute"/>, never a test that calls FsCheck's runner itself.</summary>
public sealed partial class PropertyTestConventionTests
{
    [Fact]
    public void No_test_runs_an_fscheck_property_itself_or_configures_one_another_way()
    {
        var offences = Directory.GetFiles(RepositoryFiles.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("benchmarks"), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.EndsWith(nameof(PropertyTestConventionTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(file => Offences(File.ReadAllText(file)).Select(offence => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {offence}"))
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("[Fact] public void P() => Check.One(config, Prop.ForAll(arb, x => x > 0));")]
    [InlineData("Prop.ForAll(arb, x => { }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));")]
    [InlineData("Prop.ForAll(arb, x => true).QuickCheckThrowOnFailure();")]
    [InlineData("Check.QuickThrowOnFailure(Prop.ForAll(arb, x => true));")]
    [InlineData("[Property(MaxTest = 10)] public bool P(int x) => x == x;")]
    [InlineData("[Properties(Replay = \"1,2\")] public sealed class C { }")]
    [InlineData("var c = Config.Quick.WithReplay(1UL, 2UL);")]
    public void The_convention_check_finds_each_other_way(string source)
    {
        Assert.NotEmpty(Offences(source));
    }

    [Fact]
    public void The_convention_check_accepts_the_one_way()
    {
        Assert.Empty(Offences("[ReplayableProperty(quick: 50, deep: 150)] public Property P() => Prop.ForAll(arb, x => x > 0); RulePackCheck.Check(sources, [], true);"));
    }

    private static IEnumerable<string> Offences(string source) =>
        RunnerCall().Matches(source).Concat(OtherConfiguration().Matches(source)).Select(m => m.Value);

    // FsCheck's runners: Check.One/Quick/Verbose/Method/All..., and the fluent .Check(...) / .QuickCheck... on a property.
    [GeneratedRegex(@"\bCheck\.(One|Quick|QuickThrowOnFailure|Verbose|VerboseThrowOnFailure|Method|All|QuickAll|VerboseAll)\s*\(|\)\s*\.\s*(Check|QuickCheck|QuickCheckThrowOnFailure|VerboseCheck|VerboseCheckThrowOnFailure)\s*\(")]
    private static partial Regex RunnerCall();

    // Configuration outside the shared attribute: FsCheck.Xunit's own attributes, or a Config with its own replay.
    [GeneratedRegex(@"\[\s*(Property|Properties)\s*[\(\]]|\.WithReplay\s*\(")]
    private static partial Regex OtherConfiguration();
}
