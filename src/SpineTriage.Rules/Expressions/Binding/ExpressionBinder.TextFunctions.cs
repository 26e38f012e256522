using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Text functions: Substring, IndexOf and Replace on texts, and ToString() of a text, number, bool or enum (<see cref="BoundTextCall"/>).</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] TextFunctionNames = ["Substring", "IndexOf", "Replace"];

    private static TextFunction? TextFunctionNamed(string name) =>
        TextFunctionNames.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } found ? Enum.Parse<TextFunction>(found) : null;

    private BoundTextCall BindTextFunction(CallSyntax call, TextFunction function, BoundExpression target)
    {
        var (usage, types) = function switch
        {
            TextFunction.Substring => ("text.Substring(start) or text.Substring(start, length)", call.Arguments.Count == 1 ? new[] { typeof(int) } : [typeof(int), typeof(int)]),
            TextFunction.IndexOf => ("text.IndexOf(\"...\")", [typeof(string)]),
            _ => ("text.Replace(\"old\", \"new\")", new[] { typeof(string), typeof(string) }),
        };
        if (call.Arguments.Count != types.Length || (function == TextFunction.Substring && call.Arguments.Count is not (1 or 2)))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{function}' is written {usage}.", call);
        }

        var operands = new List<BoundExpression> { target };
        for (var i = 0; i < types.Length; i++)
        {
            operands.Add(BindTextArgument(call.Arguments[i], types[i], usage));
        }

        return new BoundTextCall(function, operands, _limits.MaxTextLength, TextOf(call));
    }

    private BoundExpression BindTextArgument(SyntaxNode argument, Type expected, string usage)
    {
        if (expected == typeof(string))
        {
            return BindArgument(argument, expected, usage);
        }

        var bound = BindNode(argument);
        return TypeRules.Underlying(bound.Type) == typeof(int)
            ? bound
            : throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{TextOf(argument)}' is {TypeRules.Describe(bound.Type)}, but {usage} needs a whole number (int).", argument);
    }

    /// <summary><c>value.ToString()</c> with no format: a text, number, bool or enum, in the invariant culture; anything else is refused.</summary>
    private BoundTextCall BindToText(CallSyntax call) => ToText(BindNode(call.Receiver!), call);

    private BoundTextCall ToText(BoundExpression target, CallSyntax call)
    {
        var type = TypeRules.Underlying(target.Type);
        if (type != typeof(string) && type != typeof(bool) && !type.IsEnum && !TypeRules.IsNumeric(type))
        {
            throw Forbidden(call.Name, call); // an object's ToString is its type's choice: reflection, not data
        }

        return new BoundTextCall(TextFunction.ToText, [target], _limits.MaxTextLength, TextOf(call));
    }
}
