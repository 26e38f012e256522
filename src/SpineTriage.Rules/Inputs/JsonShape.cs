namespace SpineTriage.Rules.Inputs;

/// <summary>What a JSON input holds, as a schema or a sample gives it: the types its rules are bound against.</summary>
internal abstract record JsonShape;

/// <summary>A value of one JSON type, read as the CLR type rules see (every one nullable: an absent or mistyped value is missing).</summary>
internal sealed record JsonScalar(JsonScalarKind Kind) : JsonShape
{
    public Type ClrType => Kind switch
    {
        JsonScalarKind.String => typeof(string),
        JsonScalarKind.Number => typeof(double?),
        JsonScalarKind.Integer => typeof(long?),
        JsonScalarKind.Boolean => typeof(bool?),
        JsonScalarKind.Date => typeof(DateOnly?),
        _ => typeof(DateTime?),
    };
}

/// <summary>The JSON types a scalar can have; a date or date-time is a string with that format.</summary>
internal enum JsonScalarKind
{
    String,
    Number,
    Integer,
    Boolean,
    Date,
    DateTime,
}

/// <summary>An object with named members, in the order given.</summary>
internal sealed record JsonObjectShape(IReadOnlyList<(string Name, JsonShape Shape)> Properties) : JsonShape;

/// <summary>An array whose items all have one shape.</summary>
internal sealed record JsonArrayShape(JsonShape Items) : JsonShape;

/// <summary>A shape as one line of text, the same for the same shape: <c>{country:string,items:[{qty:integer}]}</c>.</summary>
internal static class JsonShapeText
{
    public static string Of(JsonShape shape) => shape switch
    {
        JsonScalar scalar => scalar.Kind.ToString().ToLowerInvariant(),
        JsonArrayShape array => $"[{Of(array.Items)}]",
        JsonObjectShape obj => "{" + string.Join(",", obj.Properties.Select(p => $"{p.Name}:{Of(p.Shape)}")) + "}",
        _ => "?",
    };
}
