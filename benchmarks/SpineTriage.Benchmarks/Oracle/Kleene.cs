namespace SpineTriage.Benchmarks.Oracle;

/// <summary>Three-valued truth for the hand-written oracle: a comparison that reads a missing value is Unknown.</summary>
internal enum K : byte
{
    F,
    T,
    U,
}

/// <summary>Kleene logic and lifted comparisons, written the way a careful programmer would by hand.</summary>
internal static class Kleene
{
    public static K Of(bool value) => value ? K.T : K.F;

    public static K And(K a, K b) => a == K.F || b == K.F ? K.F : a == K.U || b == K.U ? K.U : K.T;

    public static K Or(K a, K b) => a == K.T || b == K.T ? K.T : a == K.U || b == K.U ? K.U : K.F;

    public static K Not(K a) => a == K.U ? K.U : a == K.T ? K.F : K.T;

    public static K Gt(double? x, double limit) => x is { } v ? Of(v > limit) : K.U;

    public static K Ge(double? x, double limit) => x is { } v ? Of(v >= limit) : K.U;

    public static K Lt(double? x, double limit) => x is { } v ? Of(v < limit) : K.U;

    public static K Le(double? x, double limit) => x is { } v ? Of(v <= limit) : K.U;

    public static K Is<TEnum>(TEnum? x, TEnum value)
        where TEnum : struct, Enum => x is { } v ? Of(EqualityComparer<TEnum>.Default.Equals(v, value)) : K.U;

    public static K Isnt<TEnum>(TEnum? x, TEnum value)
        where TEnum : struct, Enum => Not(Is(x, value));

    public static K Is(bool? x, bool value) => x is { } v ? Of(v == value) : K.U;

    /// <summary>Any over a collection: missing collection is Unknown; True at the first True element; else Unknown if any element was.</summary>
    public static K Any<T>(IReadOnlyList<T>? items, Func<T, K> predicate)
    {
        if (items is null)
        {
            return K.U;
        }

        var result = K.F;
        for (var i = 0; i < items.Count; i++)
        {
            var t = predicate(items[i]);
            if (t == K.T)
            {
                return K.T;
            }

            if (t == K.U)
            {
                result = K.U;
            }
        }

        return result;
    }

    /// <summary>All over a collection: missing collection is Unknown; False at the first False element; else Unknown if any element was.</summary>
    public static K All<T>(IReadOnlyList<T>? items, Func<T, K> predicate)
    {
        if (items is null)
        {
            return K.U;
        }

        var result = K.T;
        for (var i = 0; i < items.Count; i++)
        {
            var t = predicate(items[i]);
            if (t == K.F)
            {
                return K.F;
            }

            if (t == K.U)
            {
                result = K.U;
            }
        }

        return result;
    }
}
