using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Unary, binary, conditional and 'in' operators with C#'s numeric promotion.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindUnary(UnarySyntax unary)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            return _environment.Unary(UnaryOperator.Not, BindCondition(unary.Operand, "operand of 'not'"), TextOf(unary));
        }

        var operand = BindNode(unary.Operand);
        return TypeRules.IsNumeric(operand.Type)
            ? _environment.Unary(UnaryOperator.Negate, operand, TextOf(unary))
            : throw Error(ExpressionDiagnosticCodes.TypeMismatch, $"Unary minus needs a number, but '{TextOf(unary.Operand)}' is {TypeRules.Describe(operand.Type)}.", unary);
    }

    private BoundExpression BindBinary(BinarySyntax binary)
    {
        var text = TextOf(binary);
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            var role = op == BinaryOperator.And ? "operand of 'and'" : "operand of 'or'";
            return _environment.Binary(op, BindCondition(binary.Left, role), BindCondition(binary.Right, role), typeof(bool), text);
        }

        var left = BindNode(binary.Left);
        var right = BindNode(binary.Right);
        if (op == BinaryOperator.Coalesce)
        {
            return left is BoundConstant { IsNullLiteral: true } ? right : BindCoalesce(left, right, binary, text);
        }

        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual && (IsNull(left) || IsNull(right)))
        {
            var kind = op == BinaryOperator.Equal ? NullTestKind.IsNull : NullTestKind.IsNotNull;
            return IsNull(left) && IsNull(right)
                ? new BoundConstant(typeof(bool), op == BinaryOperator.Equal, text)
                : new BoundNullTest(kind, IsNull(left) ? right : left, text);
        }

        return binary.Operator switch
        {
            >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual => BindComparison(op, left, right, binary, text),
            _ => BindArithmetic(op, left, right, binary, text),
        };
    }

    /// <summary>Apart from <see cref="BindBinary"/>, whose every call made this lambda's closure, ?? or not (CompileScalingBenchmarks).</summary>
    private BoundExpression BindCoalesce(BoundExpression left, BoundExpression right, BinarySyntax binary, string text) =>
        Unify(left, right, binary, (l, r) => new BoundBinary(BinaryOperator.Coalesce, l, r, l.Type, text));

    private static bool IsNull(BoundExpression expression) => expression is BoundConstant { IsNullLiteral: true };

    private BoundExpression BindComparison(BinaryOperator op, BoundExpression left, BoundExpression right, SyntaxNode at, string text)
    {
        (left, right) = MatchEnumNames(left, right, at);
        (left, right) = Promote(left, right, at);
        var relational = op is not (BinaryOperator.Equal or BinaryOperator.NotEqual);
        if (left.Type != right.Type || !IsComparable(left.Type, relational))
        {
            var hint = left.Type.IsEnum || right.Type.IsEnum ? " Compare an enum with a name in double quotes, such as \"Severe\"." : "";
            throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"Cannot apply '{ExpressionPrinter.Symbol(op)}' to {TypeRules.Describe(left.Type)} and {TypeRules.Describe(right.Type)} in '{text}'.{hint}", at);
        }

        return _environment.Binary(op, left, right, typeof(bool), text);
    }

    private static bool IsComparable(Type type, bool relational) =>
        TypeRules.IsNumeric(type) || type.IsEnum || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan)
        || (!relational && (type == typeof(string) || type == typeof(bool) || type == typeof(Guid)));

    private BoundExpression BindArithmetic(BinaryOperator op, BoundExpression left, BoundExpression right, SyntaxNode at, string text)
    {
        if (op == BinaryOperator.Add && left.Type == typeof(string) && right.Type == typeof(string))
        {
            return BindConcatenation(left, right, at, text);
        }

        if (BindDateDifference(op, left, right, at, text) is { } difference)
        {
            return difference;
        }

        (left, right) = Promote(left, right, at);
        return TypeRules.IsNumeric(left.Type) && left.Type == right.Type
            ? _environment.Binary(op, left, right, left.Type, text)
            : throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"Cannot apply '{ExpressionPrinter.Symbol(op)}' to {TypeRules.Describe(left.Type)} and {TypeRules.Describe(right.Type)} in '{text}'.", at);
    }

    private BoundExpression BindConditional(SyntaxNode condition, SyntaxNode whenTrue, SyntaxNode whenFalse, SyntaxNode at)
    {
        var test = BindCondition(condition, "condition of '?:'");
        return Unify(BindNode(whenTrue), BindNode(whenFalse), at, (a, b) => new BoundConditional(test, a, b, TextOf(at)));
    }

    /// <summary>Brings two branches (of ?: or ??) to one type; a null literal takes the other branch's type as a missing value.</summary>
    private BoundExpression Unify(BoundExpression a, BoundExpression b, SyntaxNode at, Func<BoundExpression, BoundExpression, BoundExpression> make)
    {
        if (IsNull(a) && IsNull(b))
        {
            throw Error(ExpressionDiagnosticCodes.TypeMismatch, $"Both sides of '{TextOf(at)}' are null; give one of them a value.", at);
        }

        a = IsNull(a) ? new BoundConstant(b.Type, null, a.Text) : a;
        b = IsNull(b) ? new BoundConstant(a.Type, null, b.Text) : b;
        (a, b) = MatchEnumNames(a, b, at);
        (a, b) = Promote(a, b, at);
        return a.Type == b.Type
            ? make(a, b)
            : throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"The two sides of '{TextOf(at)}' have different types, {TypeRules.Describe(a.Type)} and {TypeRules.Describe(b.Type)}.", at);
    }

    private BoundExpression BindIn(InSyntax inList)
    {
        var value = BindNode(inList.Value);
        var items = new List<BoundExpression>();
        foreach (var itemSyntax in inList.Items)
        {
            var item = BindNode(itemSyntax);
            (value, item) = MatchEnumNames(value, item, itemSyntax);
            (value, item) = Promote(value, item, itemSyntax);
            items.Add(item);
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i] = items[i].Type == value.Type ? items[i] : Promote(value, items[i], inList.Items[i]).Right;
            if (items[i].Type != value.Type || !IsComparable(value.Type, relational: false))
            {
                throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                    $"'{TextOf(inList.Items[i])}' is {TypeRules.Describe(items[i].Type)} and cannot be compared with '{TextOf(inList.Value)}' ({TypeRules.Describe(value.Type)}).",
                    inList.Items[i]);
            }
        }

        return _environment.In(value, items, TextOf(inList));
    }
}
