using System.Text.Json.Nodes;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// The expression probe (Conformance/ExpressionProbe.json): RulesEngine-style expressions as its users write them, each run
/// as a one-rule workflow in our engine and in RulesEngine 6.0.1 on complete cases; each behaves as its entry expects, and
/// the share we load and agree on is the one docs/rulesengine-compatibility.md gives.
/// </summary>
public sealed class ExpressionProbeTests
{
    private static readonly JsonObject Probe = JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusEntry.Directory, "..", "ExpressionProbe.json")))!.AsObject();

    public static TheoryData<int> Indexes => new(Enumerable.Range(0, Expressions.Count));

    private static JsonArray Expressions => Probe["Expressions"]!.AsArray();

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Each_probe_expression_behaves_as_its_entry_expects(int index)
    {
        var (expression, expected) = At(index);
        var entry = EntryFor(expression);

        var comparison = entry.Run(out var details);

        if (expected == "agree")
        {
            Assert.True(comparison == CorpusEntry.Comparison.Agree, $"{expression}: {comparison}{Environment.NewLine}{details}");
        }
        else
        {
            Assert.True(comparison == CorpusEntry.Comparison.Refused, $"{expression} ({expected}) now loads: {comparison}{Environment.NewLine}{details}");
            Assert.Contains("error SPR", details, StringComparison.Ordinal);
            var problems = new List<string>();
            var theirs = entry.RunRulesEngine(problems);
            var theirFailures = problems.Concat((theirs ?? []).OfType<List<RulesEngine.Models.RuleResultTree>>().SelectMany(r => r).Select(r => r.ExceptionMessage).Where(m => !string.IsNullOrEmpty(m)));
            var rulesEngineRuns = Expressions[index]!["RulesEngineRuns"]?.GetValue<bool>() ?? true;
            Assert.True(rulesEngineRuns == (theirs is not null && !theirFailures.Any()), $"{expression}: RulesEngine {string.Join("; ", theirFailures)}");
        }
    }

    [Fact]
    public void The_compatibility_document_gives_the_probe_counts()
    {
        var entries = Enumerable.Range(0, Expressions.Count).Select(At).ToList();
        var agree = entries.Count(e => e.Expected == "agree");
        var byDesign = entries.Count(e => e.Expected.StartsWith("refused by design", StringComparison.Ordinal));
        var document = File.ReadAllText(RepositoryFiles.PathOf("docs", "rulesengine-compatibility.md"));

        Assert.Equal(entries.Count, agree + byDesign + entries.Count(e => e.Expected == "not yet supported"));
        Assert.Contains($"of the probe's {entries.Count} expressions, we load and agree on {agree}; {byDesign} are refused by design", document, StringComparison.Ordinal);
    }

    private static (string Expression, string Expected) At(int index) =>
        (Expressions[index]!["Expression"]!.GetValue<string>(), Expressions[index]!["Expected"]!.GetValue<string>());

    private static CorpusEntry EntryFor(string expression) => CorpusEntry.FromJson("probe.json", new JsonObject
    {
        ["Inputs"] = new JsonObject { ["input1"] = "Customer" },
        ["Cases"] = Probe["Cases"]!.DeepClone(),
        ["Workflow"] = new JsonObject
        {
            ["WorkflowName"] = "probe",
            ["Rules"] = new JsonArray(new JsonObject { ["RuleName"] = "probe", ["Expression"] = expression }),
        },
    });
}
