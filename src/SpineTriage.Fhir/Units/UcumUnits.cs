namespace SpineTriage.Fhir.Units;

/// <summary>
/// The subset of UCUM (https://ucum.org) the mapping converts: case-sensitive UCUM codes grouped by what they measure,
/// each with its factor to the group's base unit. A conversion happens only inside a group; any other code, or a pair
/// from two groups, is not converted (the caller reports it). Annotations (<c>{score}</c>, <c>{T-score}</c>) are unity,
/// as UCUM says. The README of this package lists the groups.
/// </summary>
internal static class UcumUnits
{
    private static readonly Dictionary<string, (string Group, double Factor)> Units = Build();

    /// <summary>Whether the code is one this subset knows.</summary>
    public static bool IsKnown(string code) => Lookup(code) is not null;

    /// <summary>Converts a value between two codes of the same group; false when either is unknown or the groups differ.</summary>
    public static bool TryConvert(double value, string fromCode, string toCode, out double converted)
    {
        converted = value;
        if (string.Equals(fromCode, toCode, StringComparison.Ordinal))
        {
            return Lookup(fromCode) is not null;
        }

        if (Lookup(fromCode) is not { } from || Lookup(toCode) is not { } to || from.Group != to.Group)
        {
            return false;
        }

        // Rounded to 9 decimals so that 40 g/L reads as 4 g/dL, not 3.9999999999999996.
        converted = Math.Round(value * from.Factor / to.Factor, 9, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>The group a code belongs to (for messages), or null.</summary>
    public static string? GroupOf(string code) => Lookup(code)?.Group;

    private static (string Group, double Factor)? Lookup(string code)
    {
        if (Units.TryGetValue(code, out var unit))
        {
            return unit;
        }

        // A bare annotation is unity in UCUM.
        return code.Length > 2 && code[0] == '{' && code[^1] == '}' && code.IndexOf('}') == code.Length - 1 ? ("dimensionless", 1.0) : null;
    }

    private static Dictionary<string, (string, double)> Build()
    {
        var units = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        void Add(string group, params (string Code, double Factor)[] codes)
        {
            foreach (var (code, factor) in codes)
            {
                units.Add(code, (group, factor));
            }
        }

        Add("dimensionless", ("1", 1), ("%", 0.01));
        Add("mass concentration", ("g/L", 1), ("g/dL", 10), ("mg/dL", 0.01), ("mg/L", 0.001), ("mg/mL", 1), ("ug/mL", 1e-3), ("ug/dL", 1e-5), ("ug/L", 1e-6), ("ng/mL", 1e-6), ("ng/dL", 1e-8), ("pg/mL", 1e-9));
        Add("length", ("m", 1), ("cm", 0.01), ("mm", 0.001), ("[in_i]", 0.0254));
        Add("time", ("s", 1.0 / 86400), ("min", 1.0 / 1440), ("h", 1.0 / 24), ("d", 1), ("wk", 7), ("mo", 30.4375), ("a", 365.25));
        Add("frequency", ("/wk", 1), ("/d", 7), ("/mo", 7 / 30.4375), ("/a", 7 / 365.25));
        Add("time per day", ("min/d", 1), ("h/d", 60));
        Add("sedimentation rate", ("mm/h", 1));
        Add("plane angle", ("deg", 1), ("rad", 180 / Math.PI));
        Add("body mass index", ("kg/m2", 1));
        Add("radiodensity", ("[hnsf'U]", 1));
        return units;
    }
}
