using System.Reflection;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The date functions of <see cref="BoundDateCall"/>, shared by the walker and the compiled delegates. A date moved out
/// of the range .NET can represent is null (missing), where .NET throws.
/// </summary>
internal static class DateFunctions
{
    private static readonly DateFunction[] DateMembers = [DateFunction.Year, DateFunction.Month, DateFunction.Day, DateFunction.DayOfYear, DateFunction.Date];
    private static readonly DateFunction[] DateOnlyMembers = [DateFunction.Year, DateFunction.Month, DateFunction.Day, DateFunction.DayOfYear, DateFunction.DayNumber];
    private static readonly DateFunction[] SpanMembers = [DateFunction.Days, DateFunction.TotalDays, DateFunction.TotalHours];
    private static readonly DateFunction[] Methods = [DateFunction.AddDays, DateFunction.AddMonths, DateFunction.AddYears];

    /// <summary>The date and span types whose parts rules read.</summary>
    public static bool IsDateOrSpan(Type type) => type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan);

    /// <summary>The member <paramref name="name"/> of a value of <paramref name="type"/> (exact case first, then ignoring it), or null.</summary>
    public static DateFunction? MemberOf(Type type, string name)
    {
        var members = MembersOf(type);
        foreach (var member in members)
        {
            if (member.ToString() == name)
            {
                return member;
            }
        }

        foreach (var member in members)
        {
            if (member.ToString().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The members of <paramref name="type"/> rules may read, for messages.</summary>
    public static IEnumerable<string> MemberNames(Type type) => MembersOf(type).Select(m => m.ToString());

    /// <summary>The method <paramref name="name"/> (AddDays, AddMonths, AddYears), ignoring case, or null.</summary>
    public static DateFunction? MethodNamed(string name) =>
        Methods.Where(m => m.ToString().Equals(name, StringComparison.OrdinalIgnoreCase)).Select(m => (DateFunction?)m).FirstOrDefault();

    /// <summary>The names of the methods, for messages.</summary>
    public static IEnumerable<string> MethodNames => Methods.Select(m => m.ToString());


    /// <summary>The method for <paramref name="function"/> over operands of these types (underlying, not nullable).</summary>
    public static MethodInfo MethodFor(DateFunction function, IReadOnlyList<BoundExpression> operands) =>
        typeof(DateFunctions).GetMethod(function.ToString(), BindingFlags.Public | BindingFlags.Static, [.. operands.Select(o => TypeRules.Underlying(o.Type))])
        ?? throw new InvalidOperationException($"No date function {function} over {string.Join(", ", operands.Select(o => o.Type.Name))}.");

    /// <summary>The result type of <paramref name="function"/> over these operands (underlying: a date moved out of range is missing).</summary>
    public static Type ResultType(DateFunction function, IReadOnlyList<BoundExpression> operands) =>
        TypeRules.Underlying(MethodFor(function, operands).ReturnType);

    public static int Year(DateTime date) => date.Year;

    public static int Year(DateTimeOffset date) => date.Year;

    public static int Year(DateOnly date) => date.Year;

    public static int Month(DateTime date) => date.Month;

    public static int Month(DateTimeOffset date) => date.Month;

    public static int Month(DateOnly date) => date.Month;

    public static int Day(DateTime date) => date.Day;

    public static int Day(DateTimeOffset date) => date.Day;

    public static int Day(DateOnly date) => date.Day;

    public static int DayOfYear(DateTime date) => date.DayOfYear;

    public static int DayOfYear(DateTimeOffset date) => date.DayOfYear;

    public static int DayOfYear(DateOnly date) => date.DayOfYear;

    public static int DayNumber(DateOnly date) => date.DayNumber;

    public static DateTime Date(DateTime date) => date.Date;

    public static DateTime Date(DateTimeOffset date) => date.Date;

    public static int Days(TimeSpan span) => span.Days;

    public static double TotalDays(TimeSpan span) => span.TotalDays;

    public static double TotalHours(TimeSpan span) => span.TotalHours;

    public static DateTime? AddDays(DateTime date, double days) => Moved(date, days, static (d, n) => d.AddDays(n));

    public static DateTimeOffset? AddDays(DateTimeOffset date, double days) => Moved(date, days, static (d, n) => d.AddDays(n));

    public static DateOnly? AddDays(DateOnly date, int days) => Moved(date, days, static (d, n) => d.AddDays(n));

    public static DateTime? AddMonths(DateTime date, int months) => Moved(date, months, static (d, n) => d.AddMonths(n));

    public static DateTimeOffset? AddMonths(DateTimeOffset date, int months) => Moved(date, months, static (d, n) => d.AddMonths(n));

    public static DateOnly? AddMonths(DateOnly date, int months) => Moved(date, months, static (d, n) => d.AddMonths(n));

    public static DateTime? AddYears(DateTime date, int years) => Moved(date, years, static (d, n) => d.AddYears(n));

    public static DateTimeOffset? AddYears(DateTimeOffset date, int years) => Moved(date, years, static (d, n) => d.AddYears(n));

    public static DateOnly? AddYears(DateOnly date, int years) => Moved(date, years, static (d, n) => d.AddYears(n));

    public static TimeSpan Difference(DateTime later, DateTime earlier) => later - earlier;

    public static DateTime Now(TimeProvider clock) => clock.GetLocalNow().DateTime;

    public static DateTime UtcNow(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    public static DateTime Today(TimeProvider clock) => clock.GetLocalNow().Date;

    /// <summary>The clock reading <paramref name="name"/> (Now, UtcNow, Today, ignoring case) names, or null.</summary>
    public static DateFunction? ClockReadingNamed(string name) =>
        new[] { DateFunction.Now, DateFunction.UtcNow, DateFunction.Today }.Where(f => f.ToString().Equals(name, StringComparison.OrdinalIgnoreCase)).Select(f => (DateFunction?)f).FirstOrDefault();

    public static TimeSpan Difference(DateTimeOffset later, DateTimeOffset earlier) => later - earlier;

    private static DateFunction[] MembersOf(Type type) =>
        type == typeof(TimeSpan) ? SpanMembers : type == typeof(DateOnly) ? DateOnlyMembers : type == typeof(DateTime) || type == typeof(DateTimeOffset) ? DateMembers : [];

    /// <summary>Null where .NET throws: a date before year 1 or after year 9999, a count of days too large or not a number.</summary>
    /// <remarks>The date and amount are passed to a static lambda, not captured: a closure per call would allocate on every evaluation of a rule that moves a date.</remarks>
    private static T? Moved<T, TAmount>(T date, TAmount amount, Func<T, TAmount, T> move)
        where T : struct
    {
        try
        {
            return move(date, amount);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
