using FsCheck;
using Microsoft.FSharp.Core;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>A fixed seed, so every property run is the same run and a failure replays.</summary>
internal static class PropertyConfig
{
    public static Config Replayable(int maxTest, ulong seed = 20_250_611UL) =>
        Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 1_442_695_040_888_963_407UL), FSharpOption<int>.None)));
}
