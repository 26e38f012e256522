using RulesEngine.Models;
using SpineTriage.Configuration;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// validate --portable (RulesEnginePortability) against RulesEngine 6.0.1 itself: on every corpus workflow our engine
/// loads, it warns on exactly the rules RulesEngine cannot parse; and the shipped pack has no such rule.
/// </summary>
public sealed class PortableFormsTests
{
    public static TheoryData<string> CorpusFiles => CompatibilityTableTests.CorpusFiles;

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void The_portability_check_warns_on_exactly_the_rules_RulesEngine_cannot_parse(string file)
    {
        var entry = CorpusEntry.Read(file);
        var ours = entry.LoadOurs();
        if (!ours.Succeeded)
        {
            return; // refused by our engine: nothing to run on both
        }

        // A rule a lenient load disabled is reported by the load itself (SPR115), not by the portability check.
        var disabled = ours.Problems.Where(d => d.Code == "SPR115").Select(d => d.RuleName).ToHashSet(StringComparer.Ordinal);
        var unparsed = (entry.RunRulesEngine([]) ?? []).OfType<List<RuleResultTree>>().SelectMany(Flatten)
            .Where(r => r.ExceptionMessage?.StartsWith("Exception while parsing expression", StringComparison.Ordinal) == true)
            .Select(r => r.Rule.RuleName).Where(name => !disabled.Contains(name)).ToHashSet(StringComparer.Ordinal);

        var warned = RulesEnginePortability.Check(ours).Select(w => w.RuleName!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(unparsed.Order(StringComparer.Ordinal), warned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_corpus_shows_every_form_the_check_knows()
    {
        var warned = CorpusEntry.Files.Select(file => CorpusEntry.Read(file).LoadOurs()).Where(load => load.Succeeded)
            .SelectMany(RulesEnginePortability.Check).Select(w => w.Message).ToList();

        Assert.Contains(warned, m => m.Contains("calls Contains with a value that is not of the list's element type", StringComparison.Ordinal));
        Assert.Contains(warned, m => m.Contains("mixes a nullable integer with a number that has a fraction", StringComparison.Ordinal));
        Assert.Contains(warned, m => m.Contains("is a nullable bool used as a condition", StringComparison.Ordinal));
        Assert.Contains(warned, m => m.Contains("orders a nullable enum against a name", StringComparison.Ordinal));
        Assert.Contains(warned, m => m.Contains("with in, which RulesEngine cannot parse", StringComparison.Ordinal));
        Assert.Contains(warned, m => m.Contains("passes a nullable value to Math.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_rule_is_in_a_form_RulesEngine_can_run()
    {
        var options = new RuleSetOptions();
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        var load = RuleSet.TryLoad(RepositoryFiles.WorkflowFiles().Select(file => RuleSource.FromFile(file)), options);

        Assert.True(load.Succeeded);
        Assert.Empty(RulesEnginePortability.Check(load));
    }

    private static IEnumerable<RuleResultTree> Flatten(IEnumerable<RuleResultTree> results) =>
        results.SelectMany(r => (IEnumerable<RuleResultTree>)[r, .. Flatten(r.ChildResults ?? [])]);
}
