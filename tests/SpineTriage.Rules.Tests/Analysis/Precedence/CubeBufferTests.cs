using SpineTriage.Rules.Analysis.Precedence;

namespace SpineTriage.Rules.Tests.Analysis.Precedence;

/// <summary>The search's cube buffer: siblings that differ only in the variable just split on merge into one cube; others stay.</summary>
public sealed class CubeBufferTests
{
    private static readonly string[] Names = ["A", "B"];

    [Fact]
    public void Siblings_with_the_same_cubes_but_for_the_split_variable_merge_into_one_with_it_free()
    {
        using var cubes = new CubeBuffer(3);
        cubes.Add(0, [0, 0, -1]);
        cubes.Add(1, [0, 1, -1]);
        cubes.Add(0, [1, 0, -1]);
        cubes.Add(1, [1, 1, -1]);

        cubes.MergeSiblings(0, variable: 0, values: 2);

        Assert.Equal(["A:-1,0,-1", "B:-1,1,-1"], Describe(cubes));
    }

    [Fact]
    public void Siblings_that_differ_elsewhere_or_in_number_stay_apart()
    {
        using var cubes = new CubeBuffer(2);
        cubes.Add(0, [0, 0]);
        cubes.Add(1, [1, 0]);
        cubes.MergeSiblings(0, variable: 0, values: 2);
        Assert.Equal(["A:0,0", "B:1,0"], Describe(cubes));

        cubes.Add(0, [0, 1]);
        cubes.MergeSiblings(0, variable: 0, values: 2);
        Assert.Equal(3, cubes.Count);
    }

    [Fact]
    public void Only_the_cubes_from_the_first_index_on_are_merged_and_the_buffer_grows()
    {
        using var cubes = new CubeBuffer(2);
        cubes.Add(1, [1, 1]);
        for (var i = 0; i < 200; i++)
        {
            cubes.Add(0, [i % 2, 0]);
        }

        // Two halves of 100 cubes the same but for variable 0: one half stays, with variable 0 free; the cube before them is untouched.
        cubes.MergeSiblings(1, variable: 0, values: 2);
        Assert.Equal(["B:1,1", .. Enumerable.Repeat("A:-1,0", 100)], Describe(cubes));
    }

    private static string[] Describe(CubeBuffer cubes) =>
        [.. cubes.ToCubes(Names).Select(c => $"{c.Verdict}:{string.Join(",", c.Values)}")];
}
