using System.Globalization;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// A JSON path written out only when asked (a diagnostic, <see cref="Rule.JsonPath"/>): a path, then an
/// optional index, then an optional property, such as <c>$[0].Rules</c> + <c>[12]</c> + <c>.Expression</c>. Why: the
/// reader located every rule and field with a path string, and those strings lived until the load ended
/// (CompileScalingBenchmarks); a path below two levels is written out once, for the level that needs it.
/// </summary>
/// <param name="Base">The path the index and property follow.</param>
/// <param name="Index">The array index after <paramref name="Base"/>, or -1.</param>
/// <param name="Property">The property name after the index, or null.</param>
internal readonly record struct JsonPathRef(string Base, int Index = -1, string? Property = null)
{
    /// <summary>The path of the item at <paramref name="index"/> of the array at this path.</summary>
    public JsonPathRef Item(int index) => Index < 0 && Property is null ? new(Base, index) : new(ToString(), index);

    /// <summary>The path of the property <paramref name="name"/> of the object at this path.</summary>
    public JsonPathRef Field(string name) => Property is null ? this with { Property = name } : new(ToString(), -1, name);

    public static implicit operator JsonPathRef(string path) => new(path);

    /// <inheritdoc/>
    public override string ToString() => (Index, Property) switch
    {
        (< 0, null) => Base,
        (< 0, { } property) => $"{Base}.{property}",
        (var index, null) => $"{Base}[{index.ToString(CultureInfo.InvariantCulture)}]",
        (var index, { } property) => $"{Base}[{index.ToString(CultureInfo.InvariantCulture)}].{property}",
    };
}
