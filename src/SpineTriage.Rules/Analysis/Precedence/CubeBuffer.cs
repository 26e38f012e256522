using System.Buffers;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// The cubes of a partition while it is searched, flat in one array (per cube: its verdict name's index, then a value
/// index per variable, -1 for any value), so a leaf costs no allocation (the cells are pooled: before, growing them was an eighth of what a case allocated); and merged as the search returns: when every
/// value of a variable leads to the same cubes but for that variable's own value, they are one cube in which it takes
/// any value. Why: without the merge a case with a fifth of its data missing split into about 275 cubes per
/// partition on average (VerdictSearch counters over the 256 cases of DefaultPackMissingDataBenchmarks), and each leaf
/// allocated a record and an array; exact deciding inputs are read only from at most 256 cubes. Shown by
/// DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: 83,619 B allocated per case before, 62,235 B after (with the
/// enum comparison without boxing and the early stop of ExactVerdicts.Residualise; BenchmarkDotNet short job,
/// 2026-12-05; the times of both runs were within their noise on a loaded machine).
/// </summary>
internal sealed class CubeBuffer(int variables) : IDisposable
{
    private readonly int _stride = variables + 1;
    private int[] _cells = ArrayPool<int>.Shared.Rent((variables + 1) * 64);
    private int _count;

    /// <summary>Gets the number of cubes.</summary>
    public int Count => _count;

    /// <summary>Adds a cube of the named verdict with the values as assigned (-1: not assigned).</summary>
    public void Add(int verdictName, int[] assigned)
    {
        if ((_count + 1) * _stride > _cells.Length)
        {
            var cells = ArrayPool<int>.Shared.Rent(_cells.Length * 2);
            _cells.AsSpan(0, _count * _stride).CopyTo(cells);
            ArrayPool<int>.Shared.Return(_cells);
            _cells = cells;
        }

        var at = _count * _stride;
        _cells[at] = verdictName;
        assigned.AsSpan().CopyTo(_cells.AsSpan(at + 1, _stride - 1));
        _count++;
    }

    /// <summary>
    /// Merges the cubes from <paramref name="first"/> on, made by giving <paramref name="variable"/> each of its
    /// <paramref name="values"/> values in turn, when every value made the same cubes but for that variable.
    /// </summary>
    public void MergeSiblings(int first, int variable, int values)
    {
        var total = _count - first;
        if (values < 2 || total % values != 0)
        {
            return;
        }

        var each = total / values;
        for (var value = 1; value < values; value++)
        {
            for (var c = 0; c < each; c++)
            {
                if (!SameButFor(first + c, first + (value * each) + c, variable))
                {
                    return;
                }
            }
        }

        for (var c = 0; c < each; c++)
        {
            _cells[((first + c) * _stride) + 1 + variable] = -1;
        }

        _count = first + each;
    }

    /// <summary>The cubes as records, in the order found.</summary>
    public List<VerdictCube> ToCubes(IReadOnlyList<string> names)
    {
        var cubes = new List<VerdictCube>(_count);
        for (var c = 0; c < _count; c++)
        {
            var at = c * _stride;
            cubes.Add(new VerdictCube(names[_cells[at]], _cells.AsSpan(at + 1, _stride - 1).ToArray()));
        }

        return cubes;
    }

    /// <summary>Gives the cells back to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_cells);
        _cells = [];
    }

    private bool SameButFor(int a, int b, int variable)
    {
        var x = _cells.AsSpan(a * _stride, _stride);
        var y = _cells.AsSpan(b * _stride, _stride);
        var skip = variable + 1;
        return x[..skip].SequenceEqual(y[..skip]) && x[(skip + 1)..].SequenceEqual(y[(skip + 1)..]);
    }
}
