using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Dates and time spans: their parts (Year, Month, Day, TotalDays…), AddDays/AddMonths/AddYears, and the time between two dates (<see cref="BoundDateCall"/>).</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary><c>date.Year</c>, <c>span.TotalDays</c>…; null when the target is not a date or span.</summary>
    private static BoundExpression? BindDateMember(BoundExpression target, string name, SyntaxNode access, string text)
    {
        if (!DateFunctions.IsDateOrSpan(target.Type))
        {
            return null;
        }

        var function = DateFunctions.MemberOf(target.Type, name)
            ?? throw Error(ExpressionDiagnosticCodes.UnknownMember,
                $"Unknown member '{name}': '{target.Text}' is {TypeRules.Describe(target.Type)}.{DidYouMean.Phrase(name, DateFunctions.MemberNames(target.Type), "Rules can read")}", access);
        return DateCall(function, [target], text);
    }

    /// <summary><c>date.AddDays(n)</c>, <c>AddMonths(n)</c>, <c>AddYears(n)</c>: a whole number of months or years, days as a number (whole for a DateOnly).</summary>
    private BoundExpression BindDateMethod(CallSyntax call, BoundExpression target)
    {
        var function = DateFunctions.MethodNamed(call.Name)
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"Method '{call.Name}' cannot be called on '{target.Text}' ({TypeRules.Describe(target.Type)}).{DidYouMean.Phrase(call.Name, [.. DateFunctions.MethodNames, .. DateFunctions.MemberNames(target.Type)], "Rules can use")}", call);
        var usage = $"{function}(n)";
        if (target.Type == typeof(TimeSpan))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed, $"'{function}' moves a date; '{target.Text}' is a time span.", call);
        }

        RequireArguments(call, 1, usage);
        var argument = BindNode(call.Arguments[0]);
        var wantsDouble = function == DateFunction.AddDays && target.Type != typeof(DateOnly);
        if (argument.Type == typeof(int) || argument.Type == typeof(long) && wantsDouble)
        {
            argument = wantsDouble ? new BoundConvert(argument, typeof(double)) : argument;
        }
        else if (!(wantsDouble && argument.Type == typeof(double)))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'{TextOf(call.Arguments[0])}' is {TypeRules.Describe(argument.Type)}, but {usage} on {TypeRules.Describe(target.Type)} needs {(wantsDouble ? "a number" : "a whole number (int)")}.", call.Arguments[0]);
        }

        return DateCall(function, [target, argument], TextOf(call));
    }

    /// <summary><c>later - earlier</c> of two dates of one type, a time span; null when the operands are not both DateTime or both DateTimeOffset.</summary>
    private static BoundExpression? BindDateDifference(BinaryOperator op, BoundExpression left, BoundExpression right, SyntaxNode at, string text)
    {
        if (op != BinaryOperator.Subtract || !(left.Type == typeof(DateTime) || left.Type == typeof(DateTimeOffset) || left.Type == typeof(DateOnly)))
        {
            return null;
        }

        if (left.Type == typeof(DateOnly))
        {
            throw Error(ExpressionDiagnosticCodes.TypeMismatch, $"Dates without a time cannot be subtracted in '{text}'; subtract their DayNumber: a.DayNumber - b.DayNumber.", at);
        }

        return right.Type == left.Type
            ? DateCall(DateFunction.Difference, [left, right], text)
            : throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"Cannot subtract {TypeRules.Describe(right.Type)} from {TypeRules.Describe(left.Type)} in '{text}'; subtract a date of the same kind (the result is a time span), or use AddDays(-n).", at);
    }

    /// <summary><c>DateTime.Now</c>, <c>UtcNow</c>, <c>Today</c>: the host's clock at each evaluation, refused when the host supplies none.</summary>
    private BoundDateCall BindClockReading(DateFunction reading, MemberAccessSyntax access)
    {
        var clock = _environment.Clock
            ?? throw Error(ExpressionDiagnosticCodes.Forbidden,
                $"'DateTime.{reading}' reads the clock, which rules do not do unless the host supplies one (RuleSetOptions.Clock): a verdict then depends on the case alone. Pass the date as an input, or ask the host to set the clock.", access);
        return DateCall(reading, [new BoundConstant(typeof(TimeProvider), clock, "clock")], TextOf(access));
    }

    private static BoundDateCall DateCall(DateFunction function, IReadOnlyList<BoundExpression> operands, string text) =>
        new(function, operands, DateFunctions.ResultType(function, operands), text);
}
