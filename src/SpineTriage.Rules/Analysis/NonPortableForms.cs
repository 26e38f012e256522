using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Analysis;

/// <summary>
/// The forms System.Linq.Dynamic.Core (RulesEngine 6.0.1's parser) cannot parse though this engine binds them, found in a
/// bound tree. Nullability is read from the declared CLR types (bound types are the underlying ones).
/// </summary>
internal static class NonPortableForms
{
    /// <summary>Describes each non-portable form in <paramref name="root"/>; global parameters are not entered (they are checked where declared).</summary>
    public static IEnumerable<string> In(BoundExpression root, bool isCondition, IReadOnlySet<string> globals)
    {
        var stack = new Stack<(BoundExpression Node, bool IsCondition)>([(root, isCondition)]);
        while (stack.Count > 0)
        {
            var (node, condition) = stack.Pop();
            if (condition && node.Type == typeof(bool) && node is not BoundConditional && IsNullable(node))
            {
                yield return $"'{node.Text}' is a nullable bool used as a condition, which RulesEngine cannot parse (Expression of type 'Boolean' expected); write '{node.Text} == true'";
            }

            if (Describe(node) is { } problem)
            {
                yield return problem;
            }

            if (node is BoundParameter parameter && globals.Contains(parameter.Name))
            {
                continue;
            }

            foreach (var child in Children(node))
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The operands, each with whether it is used as a condition (where RulesEngine requires a bool, not a bool?).</summary>
    private static IEnumerable<(BoundExpression, bool)> Children(BoundExpression node) => node switch
    {
        BoundUnary { Operator: UnaryOperator.Not } not => [(not.Operand, true)],
        BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logic => [(logic.Left, true), (logic.Right, true)],
        BoundConditional c => [(c.Condition, true), (c.WhenTrue, c.Type == typeof(bool)), (c.WhenFalse, c.Type == typeof(bool))],
        BoundCollectionCall { Method: CollectionMethod.Any or CollectionMethod.All or CollectionMethod.Count or CollectionMethod.FirstOrDefault or CollectionMethod.LastOrDefault, Body: { } body } call => [(call.Source, false), (body, true)],
        BoundListView { Operation: ListViewOperation.Where } view => [(view.Source, false), (view.Argument, true)],
        _ => node.Children.Select(child => (child, false)),
    };

    private static string? Describe(BoundExpression node) => node switch
    {
        BoundCollectionCall call when IsContainsOfAnotherType(call) =>
            $"'{call.Text}' calls Contains with a value that is not of the list's element type, which RulesEngine cannot parse (no Enumerable.Contains for {call.Shape.ElementType.Name} and that value); write '{call.Source.Text}.Any(x => x == {ContainsArgument(call)})'",
        BoundBinary { IsComparison: true } or BoundBinary { Operator: >= BinaryOperator.Add and <= BinaryOperator.Modulo } when NullableIntegralWithFraction(((BoundBinary)node).Left, ((BoundBinary)node).Right) =>
            $"'{node.Text}' mixes a nullable integer with a number that has a fraction, which RulesEngine cannot parse (operator incompatible with 'Int32?' and 'Double'); put the number in a global parameter, or use an integer",
        BoundBinary { Operator: >= BinaryOperator.Less and <= BinaryOperator.GreaterOrEqual } order when NullableEnumWithName(order.Left, order.Right) =>
            $"'{node.Text}' orders a nullable enum against a name, which RulesEngine cannot parse; list the names it may be, joined with ||",
        BoundIn inList when inList.Items.Any(item => NullableIntegralWithFraction(inList.Value, item) || NullableEnumWithName(inList.Value, item)) =>
            $"'{node.Text}' tests a nullable {(IsEnumName(inList.Items[0]) ? "enum against names" : "integer against numbers with a fraction")} with in, which RulesEngine cannot parse; write the comparisons joined with ||",
        BoundMathCall math when math.Arguments.Any(IsNullable) =>
            $"'{node.Text}' passes a nullable value to Math.{math.Function}, for which RulesEngine finds no applicable method; test it for null and pass 'value ?? 0'",
        _ => null,
    };

    // Contains(v) is bound as Any(x => x == v) (or x == null): recognised by its text, a call of Contains on the source.
    private static bool IsContainsOfAnotherType(BoundCollectionCall call) =>
        call.Method == CollectionMethod.Any
        && call.Text.StartsWith(call.Source.Text, StringComparison.Ordinal)
        && call.Text[call.Source.Text.Length..].TrimStart().StartsWith('.')
        && call.Text[call.Source.Text.Length..].TrimStart()[1..].TrimStart().StartsWith("Contains", StringComparison.Ordinal)
        && call.Body is BoundNullTest or BoundBinary { Right: BoundConstant { Type.IsEnum: true } } or BoundBinary { Left: BoundConstant { Type.IsEnum: true } };

    private static string ContainsArgument(BoundCollectionCall call) => call.Body switch
    {
        BoundBinary { Right: BoundConstant constant } => constant.Text,
        BoundBinary { Left: BoundConstant constant } => constant.Text,
        _ => "null",
    };

    private static bool NullableIntegralWithFraction(BoundExpression a, BoundExpression b) =>
        (IsNullableIntegral(a) && IsFractionLiteral(b)) || (IsNullableIntegral(b) && IsFractionLiteral(a));

    private static bool IsNullableIntegral(BoundExpression node) => TypeRules.IsIntegral(Strip(node).Type) && IsNullable(node);

    private static bool IsFractionLiteral(BoundExpression node) =>
        node is BoundConstant { Value: double or decimal } constant && constant.Text.IndexOfAny(['.', 'e', 'E', 'm', 'M']) >= 0;

    private static bool NullableEnumWithName(BoundExpression a, BoundExpression b) =>
        (Strip(a).Type.IsEnum && IsNullable(a) && IsEnumName(b)) || (Strip(b).Type.IsEnum && IsNullable(b) && IsEnumName(a));

    private static bool IsEnumName(BoundExpression node) => node is BoundConstant { Type.IsEnum: true } constant && constant.Text.StartsWith('"');

    private static BoundExpression Strip(BoundExpression node) => node is BoundConvert convert ? Strip(convert.Operand) : node;

    /// <summary>Whether RulesEngine would type the value as a Nullable&lt;T&gt;: read from a nullable member, element, input or parameter.</summary>
    private static bool IsNullable(BoundExpression node) => node switch
    {
        BoundMember member => IsNullableType(member.Property.PropertyType),
        BoundLambdaVariable variable => IsNullableType(variable.Variable.ClrType),
        BoundInput input => IsNullableType(input.ClrType),
        BoundParameter parameter => IsNullable(parameter.Value),
        BoundConvert { IsExplicit: true } => false,
        BoundConvert convert => IsNullable(convert.Operand),
        BoundUnary { Operator: UnaryOperator.Negate } negate => IsNullable(negate.Operand),
        BoundBinary { Operator: BinaryOperator.Coalesce } coalesce => IsNullable(coalesce.Right),
        BoundBinary { Operator: >= BinaryOperator.Add and <= BinaryOperator.Modulo } arithmetic => IsNullable(arithmetic.Left) || IsNullable(arithmetic.Right),
        BoundConditional conditional => IsNullable(conditional.WhenTrue) || IsNullable(conditional.WhenFalse),
        BoundMathCall math => math.Arguments.Any(IsNullable),
        BoundCollectionCall { Method: CollectionMethod.Sum or CollectionMethod.Min or CollectionMethod.Max or CollectionMethod.Average, Body: { } body } => IsNullable(body),
        BoundCollectionCall { IsPick: true } pick => IsNullableType(pick.Shape.ElementType),
        BoundElementAt at => IsNullableType(at.Shape.ElementType),
        BoundConstant { Value: null } constant => constant.Type.IsValueType,
        _ => false,
    };

    private static bool IsNullableType(Type type) => Nullable.GetUnderlyingType(type) is not null;
}
