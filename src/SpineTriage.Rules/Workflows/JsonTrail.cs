using System.Globalization;
using System.Text;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// The properties and indexes from a document's root to the value a check is at, written out as a JSON path only for an
/// error. Its own two arrays rather than a list of tuples: <c>List&lt;(LocatedProperty, int)&gt;</c> is a generic
/// instantiation over a struct that ReadyToRun cannot precompile into this assembly, and its ten methods were compiled
/// at every cold start (`SpineTriage.Benchmarks --cold`, the cold stage of benchmarks/run).
/// </summary>
internal sealed class JsonTrail
{
    private LocatedProperty[]? _properties;
    private int[]? _indexes;
    private int _count;

    /// <summary>Steps into a property's value.</summary>
    public void Enter(LocatedProperty property) => Push(property, -1);

    /// <summary>Steps into an array's item.</summary>
    public void Enter(int index) => Push(default, index);

    /// <summary>Steps back out of the last value entered.</summary>
    public void Leave() => _count--;

    /// <summary>The path from <paramref name="basePath"/> through the trail, then to <paramref name="leaf"/> when given.</summary>
    public string PathOf(string basePath, LocatedProperty? leaf)
    {
        var path = new StringBuilder(basePath);
        for (var i = 0; i < _count; i++)
        {
            if (_indexes![i] >= 0)
            {
                path.Append('[').Append(_indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append('.').Append(_properties![i].Name);
            }
        }

        if (leaf is { } last)
        {
            path.Append('.').Append(last.Name);
        }

        return path.ToString();
    }

    private void Push(LocatedProperty property, int index)
    {
        // A clean value with no nesting allocates nothing (the checks run over every rule's Properties).
        if (_indexes is null || _properties is null || _count == _indexes.Length)
        {
            var properties = new LocatedProperty[Math.Max(8, _count * 2)];
            var indexes = new int[properties.Length];
            if (_count > 0)
            {
                Array.Copy(_properties!, properties, _count);
                Array.Copy(_indexes!, indexes, _count);
            }

            (_properties, _indexes) = (properties, indexes);
        }

        _properties[_count] = property;
        _indexes[_count] = index;
        _count++;
    }
}
