using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Properties;

/// <summary>A verdict never depends on the order of imaging levels, injections or red flags.</summary>
public sealed class OrderIndependenceTests
{
    [ReplayableProperty(quick: 60, deep: 300)]
    public Property Shuffling_levels_injections_and_red_flags_changes_no_verdict_and_no_red_flag()
    {
        var engine = TestCases.DefaultEngine;
        return Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            var masked = RandomCases.Masked(RandomCases.Full(r), r, r.NextDouble() * 0.4);
            var shuffled = (JsonObject)masked.DeepClone();
            Shuffle(shuffled["imaging"]?["levels"] as JsonArray, r);
            Shuffle(shuffled["care"]?["injections"] as JsonArray, r);
            Shuffle(shuffled["symptoms"]?["redFlags"] as JsonArray, r);

            var before = engine.Evaluate(masked.ToJsonString());
            var after = engine.Evaluate(shuffled.ToJsonString());

            Assert.Equal(before.Assessments.Select(a => a.Verdict), after.Assessments.Select(a => a.Verdict));
            Assert.Equal(before.RedFlags.Select(f => f.RuleName).Order(StringComparer.Ordinal), after.RedFlags.Select(f => f.RuleName).Order(StringComparer.Ordinal));
        });
    }

    private static void Shuffle(JsonArray? array, Random r)
    {
        if (array is null)
        {
            return;
        }

        var items = array.Select(n => n!.DeepClone()).OrderBy(_ => r.Next()).ToList();
        array.Clear();
        foreach (var item in items)
        {
            array.Add(item);
        }
    }
}
