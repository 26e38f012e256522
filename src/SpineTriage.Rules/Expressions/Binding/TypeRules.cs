namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Which CLR types expressions may read, and C#'s numeric promotion among int, long, double and decimal.</summary>
internal static class TypeRules
{
    /// <summary>T for Nullable&lt;T&gt;, else the type itself (reflection allocates for generic types, so those are looked up once).</summary>
    public static Type Underlying(Type type) => type.IsGenericType && type.IsValueType ? TypeFacts.Of(type).Underlying : type;

    /// <summary>The type a value of this type is read as: small integers widen to int, uint to long, float to double, ulong to decimal.</summary>
    public static Type Widened(Type type) => Type.GetTypeCode(type) switch
    {
        _ when type.IsEnum => type,
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 => typeof(int),
        TypeCode.UInt32 => typeof(long),
        TypeCode.Single => typeof(double),
        TypeCode.UInt64 => typeof(decimal),
        _ => type,
    };

    public static bool IsNumeric(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal);

    public static bool IsIntegral(Type type) => type == typeof(int) || type == typeof(long);

    /// <summary>An enum, string, bool, date, time span, Guid or number, or a Nullable of one (worked out once per type).</summary>
    public static bool IsScalar(Type type) => TypeFacts.Of(type).IsScalar;

    /// <summary>Works <see cref="IsScalar"/> out (see <see cref="TypeFacts"/>, which keeps it).</summary>
    public static bool IsScalarType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type == typeof(string) || type == typeof(bool) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(Guid) || IsNumeric(Widened(type));
    }

    /// <summary>A host-defined class, record or struct: never a System or Microsoft type, a delegate, a pointer or object.</summary>
    public static bool IsReadableObject(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var ns = type.Namespace ?? "";
        return !type.IsPrimitive && !type.IsPointer && !type.IsByRef && !type.IsArray && !type.IsInterface && !type.ContainsGenericParameters
            && !typeof(Delegate).IsAssignableFrom(type) && type != typeof(object)
            && !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal)
            && (type.IsClass || type.IsValueType);
    }

    /// <summary>A scalar, a readable object, or a collection of either (worked out once per type).</summary>
    public static bool IsReadable(Type type) => TypeFacts.Of(type).IsReadable;

    /// <summary>A short C#-like name for messages: int, string, Order, List&lt;OrderLine&gt;.</summary>
    public static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Describe(inner) + "?";
        }

        if (type.IsArray)
        {
            return Describe(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 when !type.IsEnum => "int",
            TypeCode.Int64 when !type.IsEnum => "long",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            TypeCode.Boolean => "bool",
            _ => type == typeof(object) ? "null" : type.Name,
        };
    }
}
