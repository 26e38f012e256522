using FsCheck;
using Microsoft.FSharp.Core;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>A fixed seed, so every property run is the same run and a failure replays.</summary>
internal static class PropertyConfig
{
    /// <summary>
    /// A replayable configuration running <paramref name="maxTest"/> cases under SPINETRIAGE_DEEP=1 and a third of them
    /// (at least 50) in the plain test run; the first cases of a deep run are the cases of the plain run.
    /// </summary>
    public static Config Replayable(int maxTest, ulong seed = 20_250_611UL) =>
        Exactly(TestDepth.Count(quick: Math.Max(50, maxTest / 3), deep: maxTest), seed);

    /// <summary>A replayable configuration running exactly <paramref name="count"/> cases, whatever the depth.</summary>
    public static Config Exactly(int count, ulong seed) =>
        Config.QuickThrowOnFailure.WithMaxTest(count).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 1_442_695_040_888_963_407UL), FSharpOption<int>.None)));
}
