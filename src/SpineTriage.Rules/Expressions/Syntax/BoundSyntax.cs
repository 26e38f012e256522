using System.Globalization;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>
/// A bound tree written back as syntax, for printing (<see cref="ExpressionPrinter"/>) and plain language: residuals
/// are built as bound trees, so they have no source text of their own. Implicit conversions disappear, enum values
/// read as their names in quotes (as rule authors write them), and an input path such as
/// <c>order.Lines[0].Discount</c> becomes a chain of member accesses.
/// </summary>
internal static class BoundSyntax
{
    private static readonly TextSpan NoSpan = default;

    public static SyntaxNode Of(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            BoundConstant constant => Literal(constant.Value),
            BoundInput input => Path(input.Name),
            BoundParameter parameter => new IdentifierSyntax(parameter.Name, NoSpan),
            BoundLambdaVariable variable => new IdentifierSyntax(variable.Variable.Name, NoSpan),
            BoundMember member => new MemberAccessSyntax(Of(member.Target), member.Property.Name, NoSpan),
            BoundConvert convert => Of(convert.Operand),
            BoundUnary unary => new UnarySyntax(unary.Operator, Of(unary.Operand), NoSpan),
            BoundBinary binary => new BinarySyntax(binary.Operator, Of(binary.Left), Of(binary.Right), NoSpan),
            BoundNullTest { Kind: NullTestKind.IsNullOrEmpty } test => Call(new IdentifierSyntax("string", NoSpan), "IsNullOrEmpty", Of(test.Operand)),
            BoundNullTest test => new BinarySyntax(
                test.Kind == NullTestKind.IsNull ? BinaryOperator.Equal : BinaryOperator.NotEqual, Of(test.Operand), Literal(null), NoSpan),
            BoundConditional conditional => new ConditionalSyntax(Of(conditional.Condition), Of(conditional.WhenTrue), Of(conditional.WhenFalse), NoSpan),
            BoundIn inList => new InSyntax(Of(inList.Value), [.. inList.Items.Select(Of)], NoSpan),
            BoundStringCall { Method: StringMethod.Length } call => new MemberAccessSyntax(Of(call.Target), "Length", NoSpan),
            BoundStringCall { Method: StringMethod.EqualsIgnoreCase } call => Call(Of(call.Target), "Equals", Of(call.Argument!),
                new MemberAccessSyntax(new IdentifierSyntax("StringComparison", NoSpan), "OrdinalIgnoreCase", NoSpan)),
            BoundStringCall { IsParse: true } call => Call(new IdentifierSyntax(call.Method == StringMethod.ParseInt ? "int" : "double", NoSpan), "Parse", Of(call.Target)),
            BoundStringCall call => call.Argument is null ? Call(Of(call.Target), call.Method.ToString()) : Call(Of(call.Target), call.Method.ToString(), Of(call.Argument)),
            BoundMathCall call => Call(new IdentifierSyntax("Math", NoSpan), call.Function.ToString(), [.. call.Arguments.Select(Of)]),
            BoundTextCall call => Call(Of(call.Operands[0]), call.Function == TextFunction.ToText ? "ToString" : call.Function.ToString(), [.. call.Operands.Skip(1).Select(Of)]),
            BoundDateCall { ReadsClock: true } call => new MemberAccessSyntax(new IdentifierSyntax("DateTime", NoSpan), call.Function.ToString(), NoSpan),
            BoundDateCall { Function: DateFunction.Difference } call => new BinarySyntax(BinaryOperator.Subtract, Of(call.Operands[0]), Of(call.Operands[1]), NoSpan),
            BoundDateCall { Operands.Count: 1 } call => new MemberAccessSyntax(Of(call.Operands[0]), call.Function.ToString(), NoSpan),
            BoundDateCall call => Call(Of(call.Operands[0]), call.Function.ToString(), Of(call.Operands[1])),
            BoundHostCall call => Call(new IdentifierSyntax(call.Method.DeclaringType!.Name, NoSpan), call.Method.Name, [.. call.Arguments.Select(Of)]),
            BoundElementAt at => new IndexSyntax(Of(at.Source), Of(at.Index), NoSpan),
            BoundListView { Variable: null } view => Call(Of(view.Source), view.Operation.ToString(), Of(view.Argument)),
            BoundListView view => Call(Of(view.Source), view.Operation.ToString(), new LambdaSyntax(view.Variable.Name, Of(view.Argument), NoSpan)),
            BoundCollectionCall { Body: null } call => Call(Of(call.Source), call.Method.ToString()),
            BoundCollectionCall call => Call(Of(call.Source), call.Method.ToString(), new LambdaSyntax(call.Variable!.Name, Of(call.Body), NoSpan)),
            _ => throw new InvalidOperationException($"Unexpected bound node {node.GetType().Name}."),
        };
    }

    private static CallSyntax Call(SyntaxNode receiver, string name, params SyntaxNode[] arguments) => new(receiver, name, arguments, NoSpan);

    /// <summary><c>order.Lines[0].Discount</c> as member accesses (an element's index stays on its member's name).</summary>
    private static SyntaxNode Path(string path)
    {
        var parts = path.Split('.');
        SyntaxNode node = new IdentifierSyntax(parts[0], NoSpan);
        for (var i = 1; i < parts.Length; i++)
        {
            node = new MemberAccessSyntax(node, parts[i], NoSpan);
        }

        return node;
    }

    /// <summary>A literal; a negative number is a negation of one, and an enum value its name in quotes.</summary>
    private static SyntaxNode Literal(object? value) => value switch
    {
        null => new LiteralSyntax(LiteralKind.Null, null, NoSpan),
        bool b => new LiteralSyntax(LiteralKind.Boolean, b, NoSpan),
        string text => new LiteralSyntax(LiteralKind.String, text, NoSpan),
        Enum name => new LiteralSyntax(LiteralKind.String, name.ToString(), NoSpan),
        int i => i < 0 ? Negative(LiteralKind.Integer, -(long)i) : new LiteralSyntax(LiteralKind.Integer, i, NoSpan),
        long l => l < 0 ? Negative(LiteralKind.Integer, -(decimal)l) : new LiteralSyntax(LiteralKind.Integer, l, NoSpan),
        double d => d < 0 || double.IsNegative(d) ? Negative(LiteralKind.Real, -d) : new LiteralSyntax(LiteralKind.Real, d, NoSpan),
        decimal m => m < 0 ? Negative(LiteralKind.Decimal, -m) : new LiteralSyntax(LiteralKind.Decimal, m, NoSpan),
        DateTime date => new LiteralSyntax(LiteralKind.String, date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "s", CultureInfo.InvariantCulture), NoSpan),
        DateOnly date => new LiteralSyntax(LiteralKind.String, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NoSpan),
        IFormattable other => new LiteralSyntax(LiteralKind.String, other.ToString(null, CultureInfo.InvariantCulture), NoSpan),
        _ => new LiteralSyntax(LiteralKind.String, value.ToString() ?? string.Empty, NoSpan),
    };

    private static SyntaxNode Negative(LiteralKind kind, object magnitude) =>
        new UnarySyntax(UnaryOperator.Negate, new LiteralSyntax(kind, magnitude, NoSpan), NoSpan);
}
