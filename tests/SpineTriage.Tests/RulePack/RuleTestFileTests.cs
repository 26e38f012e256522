using System.Text.Json;

namespace SpineTriage.Tests.RulePack;

public sealed class RuleTestFileTests
{
    private static readonly string TestFile = RepositoryFiles.PathOf("rules", "tests", "default-pack.tests.json");

    private static readonly Dictionary<string, string> WorkflowFiles = new()
    {
        ["fusion"] = "fusion-appropriateness.json",
        ["biologic"] = "biologic-repair.json",
        ["revision"] = "revision-readiness.json",
    };

    private static JsonElement Tests() => JsonDocument.Parse(File.ReadAllText(TestFile)).RootElement.GetProperty("tests");

    private static JsonElement Workflow(string assessment) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("rules", WorkflowFiles[assessment]))).RootElement;

    private static HashSet<string> RuleNames(string assessment)
    {
        var names = Workflow(assessment).GetProperty("Rules").EnumerateArray().Select(r => r.GetProperty("RuleName").GetString()!).ToHashSet();
        var redFlags = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("rules", "red-flags.json"))).RootElement;
        names.UnionWith(redFlags.GetProperty("Rules").EnumerateArray().Select(r => r.GetProperty("RuleName").GetString()!));
        return names;
    }

    [Fact]
    public void Every_seed_case_has_a_story_and_at_least_fifteen_tests_exist()
    {
        var tests = Tests().EnumerateArray().ToList();

        Assert.True(tests.Count >= 15);
        Assert.All(tests, t => Assert.True(t.GetProperty("story").GetString()!.Length > 20));
        Assert.Equal(tests.Count, tests.Select(t => t.GetProperty("name").GetString()).Distinct().Count());
    }

    [Fact]
    public void Every_test_case_file_exists_relative_to_the_test_file()
    {
        foreach (var test in Tests().EnumerateArray())
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestFile)!, test.GetProperty("case").GetString()!));
            Assert.True(File.Exists(path), path);
        }
    }

    [Fact]
    public void Expected_verdicts_and_rule_names_exist_in_the_pack()
    {
        foreach (var test in Tests().EnumerateArray())
        {
            var expect = test.GetProperty("expect");
            foreach (var (assessment, _) in WorkflowFiles)
            {
                if (!expect.TryGetProperty(assessment, out var expectation))
                {
                    continue;
                }

                var verdicts = Workflow(assessment).GetProperty("Properties").GetProperty("spinetriage").GetProperty("verdicts")
                    .EnumerateArray().Select(v => v.GetString()).Append("Incomplete");
                Assert.Contains(expectation.GetProperty("verdict").GetString(), verdicts);
                var names = RuleNames(assessment);
                foreach (var key in new[] { "reasons", "warnings" })
                {
                    if (expectation.TryGetProperty(key, out var rules))
                    {
                        Assert.All(rules.EnumerateArray(), r => Assert.Contains(r.GetString()!, names));
                    }
                }
            }

            Assert.All(expect.GetProperty("redFlags").EnumerateArray(), r => Assert.StartsWith("RedFlag_", r.GetString(), StringComparison.Ordinal));
        }
    }
}
