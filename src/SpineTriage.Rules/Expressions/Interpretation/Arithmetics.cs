namespace SpineTriage.Rules.Expressions;

/// <summary>The interpreter's arithmetic and comparisons on boxed values of one type, with the compiler's semantics: checked integer and decimal arithmetic, division by zero missing, IEEE doubles.</summary>
internal static class Arithmetics
{
    public static object Negate(object value) => value switch
    {
        int i => checked(-i),
        long l => checked(-l),
        double d => -d,
        decimal m => -m,
        _ => throw new InvalidOperationException($"Cannot negate {value.GetType().Name}."),
    };

    /// <summary>The result, or null for integer or decimal division and modulo by zero.</summary>
    public static object? Apply(BinaryOperator op, object left, object right) => (left, right) switch
    {
        (string a, string b) => a + b,
        (int a, int b) => op switch
        {
            BinaryOperator.Add => checked(a + b),
            BinaryOperator.Subtract => checked(a - b),
            BinaryOperator.Multiply => checked(a * b),
            BinaryOperator.Divide => b == 0 ? null : a / b,
            _ => b == 0 ? null : a % b,
        },
        (long a, long b) => op switch
        {
            BinaryOperator.Add => checked(a + b),
            BinaryOperator.Subtract => checked(a - b),
            BinaryOperator.Multiply => checked(a * b),
            BinaryOperator.Divide => b == 0 ? null : a / b,
            _ => b == 0 ? null : a % b,
        },
        (decimal a, decimal b) => op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => b == 0 ? null : a / b,
            _ => b == 0 ? null : a % b,
        },
        (double a, double b) => op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            _ => a % b,
        },
        _ => throw new InvalidOperationException($"Cannot apply {op} to {left.GetType().Name} and {right.GetType().Name}."),
    };

    public static bool Compare(BinaryOperator op, object left, object right) => (left, right) switch
    {
        (int a, int b) => Relation(op, a == b, a < b, a > b),
        (long a, long b) => Relation(op, a == b, a < b, a > b),
        (double a, double b) => Relation(op, a == b, a < b, a > b),
        (decimal a, decimal b) => Relation(op, a == b, a < b, a > b),
        (DateTime a, DateTime b) => Relation(op, a == b, a < b, a > b),
        (DateTimeOffset a, DateTimeOffset b) => Relation(op, a == b, a < b, a > b),
        (TimeSpan a, TimeSpan b) => Relation(op, a == b, a < b, a > b),
        (Enum a, Enum b) => Relation(op, a.Equals(b), ToNumber(a) < ToNumber(b), ToNumber(a) > ToNumber(b)),
        (string a, string b) => Relation(op, string.Equals(a, b, StringComparison.Ordinal), false, false),
        _ => Relation(op, left.Equals(right), false, false),
    };

    private static decimal ToNumber(Enum value) => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Relation(BinaryOperator op, bool equal, bool less, bool greater) => op switch
    {
        BinaryOperator.Equal => equal,
        BinaryOperator.NotEqual => !equal,
        BinaryOperator.Less => less,
        BinaryOperator.LessOrEqual => less || equal,
        BinaryOperator.Greater => greater,
        _ => greater || equal,
    };

    /// <summary>Min (op Less) or Max (op Greater): the candidate replaces the accumulator only when strictly better, as the compiled loop does.</summary>
    public static object Better(BinaryOperator op, object accumulator, object candidate) => Compare(op, candidate, accumulator) ? candidate : accumulator;
}
