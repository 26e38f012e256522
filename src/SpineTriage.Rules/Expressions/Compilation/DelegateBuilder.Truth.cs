using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>Conditions: Kleene and/or/not, comparisons, explicit null tests, 'in', string predicates.</summary>
internal sealed partial class DelegateBuilder
{
    public Expression Truth(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return TruthOf(node);
    }

    private Expression TruthOf(BoundExpression node) => node switch
    {
        BoundBinary { Operator: BinaryOperator.And } and => KleeneAnd(Truth(and.Left), Truth(and.Right)),
        BoundBinary { Operator: BinaryOperator.Or } or => KleeneOr(Truth(or.Left), Truth(or.Right)),
        BoundBinary { IsComparison: true } comparison => Compare(comparison.Operator, Value(comparison.Left), Value(comparison.Right)),
        BoundUnary { Operator: UnaryOperator.Not } not => KleeneNot(Truth(not.Operand)),
        BoundNullTest test => NullTest(test),
        BoundIn inList => In(inList),
        BoundStringCall { Type: var type } call when type == typeof(bool) => StringPredicate(call),
        BoundCollectionCall { IsQuantifier: true } call => CollectionTruth(call),
        BoundParameter parameter => Parameter(parameter, asTruth: true),
        _ => ValueAsTruth(Value(node)),
    };

    private Expression ValueAsTruth(Expression value) => LiftedTruth([value], v => v[0]);

    /// <summary>False if either is False; else Unknown if either is Unknown; else True. The right side runs only when the left is not False.</summary>
    private Expression KleeneAnd(Expression left, Expression right) => Kleene(left, right, FalseTruth, TrueTruth);

    /// <summary>True if either is True; else Unknown if either is Unknown; else False. The right side runs only when the left is not True.</summary>
    private Expression KleeneOr(Expression left, Expression right) => Kleene(left, right, TrueTruth, FalseTruth);

    /// <summary>The dominant value (False for and, True for or) wins from either side; else Unknown wins over the neutral one.</summary>
    private Expression Kleene(Expression left, Expression right, ConstantExpression dominant, ConstantExpression neutral)
    {
        var l = Temp(typeof(Truth));
        var r = Temp(typeof(Truth));
        return Expression.Condition(Expression.Equal(Expression.Assign(l, left), dominant), dominant,
            Expression.Condition(Expression.Equal(Expression.Assign(r, right), dominant), dominant,
                Expression.Condition(Expression.Equal(l, neutral), r, UnknownTruth)));
    }

    private Expression KleeneNot(Expression operand)
    {
        var t = Temp(typeof(Truth));
        return Expression.Condition(Expression.Equal(Expression.Assign(t, operand), TrueTruth), FalseTruth,
            Expression.Condition(Expression.Equal(t, FalseTruth), TrueTruth, UnknownTruth));
    }

    private Expression Compare(BinaryOperator op, Expression left, Expression right) => LiftedTruth([left, right], v =>
    {
        var (a, b) = TypeRules.Underlying(v[0].Type).IsEnum && op is not (BinaryOperator.Equal or BinaryOperator.NotEqual)
            ? (Underlying(v[0]), Underlying(v[1]))
            : (v[0], v[1]);
        return op switch
        {
            BinaryOperator.Equal => Expression.Equal(a, b),
            BinaryOperator.NotEqual => Expression.NotEqual(a, b),
            BinaryOperator.Less => Expression.LessThan(a, b),
            BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(a, b),
            BinaryOperator.Greater => Expression.GreaterThan(a, b),
            _ => Expression.GreaterThanOrEqual(a, b),
        };
    });

    private static Expression Underlying(Expression enumValue) => Expression.Convert(enumValue, Enum.GetUnderlyingType(enumValue.Type));

    private Expression NullTest(BoundNullTest test)
    {
        var operand = Value(test.Operand);
        if (test.Kind == NullTestKind.IsNullOrEmpty)
        {
            return ToTruth(Expression.Call(typeof(string).GetMethod(nameof(string.IsNullOrEmpty))!, operand));
        }

        // A value that is never null still runs, as in the walker, so an overflow or division by zero in it fails the rule in every tier.
        var present = operand.Type.IsValueType && Nullable.GetUnderlyingType(operand.Type) is null && operand is not (ParameterExpression or ConstantExpression)
            ? Expression.Block(operand, Expression.Constant(true))
            : HasValue(operand);
        return ToTruth(test.Kind == NullTestKind.IsNull ? Expression.Not(present) : present);
    }

    /// <summary>The Kleene OR of value == item over the items, reading the value once.</summary>
    private Expression In(BoundIn inList)
    {
        var setup = new List<Expression>();
        var value = Stash(Value(inList.Value), setup);
        var result = inList.Items.Select(item => Compare(BinaryOperator.Equal, value, Value(item))).Aggregate(KleeneOr);
        return Sequence(setup, result);
    }

    private Expression StringPredicate(BoundStringCall call)
    {
        var (name, comparison) = call.Method == StringMethod.EqualsIgnoreCase
            ? (nameof(string.Equals), StringComparison.OrdinalIgnoreCase)
            : (call.Method.ToString(), StringComparison.Ordinal);
        var method = typeof(string).GetMethod(name, [typeof(string), typeof(StringComparison)])!;
        return LiftedTruth([Value(call.Target), Value(call.Argument!)],
            v => Expression.Call(v[0], method, v[1], Expression.Constant(comparison)));
    }
}
