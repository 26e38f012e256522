using System.Runtime.CompilerServices;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The first evaluation tier: walks the bound tree for a truth or a value and nothing else (no explanation records,
/// no missing-input lists), so a rule set is usable the moment it is bound, with no expression tree built or compiled.
/// It follows <see cref="DelegateBuilder"/> node for node, with parameters inlined as in a rule compiled alone: the same
/// order of evaluation, the same short-circuits, the same missing values and the same exceptions. Values are boxed
/// (null is missing); one instance serves one evaluation on one thread.
/// </summary>
internal sealed partial class LeanInterpreter(object?[] args, TruthMode mode)
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>What a condition that reads missing data yields: Unknown, or False in RulesEngine's two-valued mode.</summary>
    private Truth MissingTruth => mode == TruthMode.ThreeValued ? Rules.Truth.Unknown : Rules.Truth.False;

    /// <summary>The truth of a condition, as the compiled predicate yields it.</summary>
    public Truth Truth(BoundExpression node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            BoundBinary { Operator: BinaryOperator.And } and => Kleene(and, Rules.Truth.False, Rules.Truth.True),
            BoundBinary { Operator: BinaryOperator.Or } or => Kleene(or, Rules.Truth.True, Rules.Truth.False),
            BoundBinary { IsComparison: true } comparison => Compare(comparison.Operator, Value(comparison.Left), Value(comparison.Right)),
            BoundUnary { Operator: UnaryOperator.Not } not => Not(Truth(not.Operand)),
            BoundNullTest test => NullTest(test),
            BoundIn inList => In(inList),
            BoundStringCall { Type: var type } call when type == typeof(bool) => StringPredicate(call),
            BoundCollectionCall { Type: var type } call when type == typeof(bool) => CollectionTruth(call),
            BoundParameter parameter => Truth(parameter.Value),
            _ => Value(node) switch
            {
                null => MissingTruth,
                var value => (bool)value ? Rules.Truth.True : Rules.Truth.False,
            },
        };
    }

    /// <summary>The dominant truth (False for and, True for or) wins from either side; else Unknown wins over the neutral one. The right side runs only when the left is not dominant.</summary>
    private Truth Kleene(BoundBinary logic, Truth dominant, Truth neutral)
    {
        var left = Truth(logic.Left);
        if (left == dominant)
        {
            return dominant;
        }

        var right = Truth(logic.Right);
        return right == dominant ? dominant : left == neutral ? right : Rules.Truth.Unknown;
    }

    private static Truth Not(Truth truth) => truth switch
    {
        Rules.Truth.True => Rules.Truth.False,
        Rules.Truth.False => Rules.Truth.True,
        _ => Rules.Truth.Unknown,
    };

    private static Truth Of(bool value) => value ? Rules.Truth.True : Rules.Truth.False;

    /// <summary>Both operands are read first; either missing gives the missing truth.</summary>
    private Truth Compare(BinaryOperator op, object? left, object? right) =>
        left is null || right is null ? MissingTruth : Of(Arithmetics.Compare(op, left, right));

    private Truth NullTest(BoundNullTest test)
    {
        var value = Value(test.Operand);
        return Of(test.Kind switch
        {
            NullTestKind.IsNull => value is null,
            NullTestKind.IsNotNull => value is not null,
            _ => string.IsNullOrEmpty((string?)value),
        });
    }

    /// <summary>The Kleene OR of value == item, reading the value once and stopping at the first True.</summary>
    private Truth In(BoundIn inList)
    {
        var value = Value(inList.Value);
        var items = inList.Items;
        var result = Rules.Truth.False;
        for (var i = 0; i < items.Count; i++)
        {
            var equal = Compare(BinaryOperator.Equal, value, Value(items[i]));
            if (equal == Rules.Truth.True)
            {
                return Rules.Truth.True;
            }

            if (equal == Rules.Truth.Unknown)
            {
                result = Rules.Truth.Unknown;
            }
        }

        return result;
    }

    private Truth StringPredicate(BoundStringCall call)
    {
        var target = Value(call.Target);
        var argument = Value(call.Argument!);
        if (target is not string text || argument is not string part)
        {
            return MissingTruth;
        }

        return Of(call.Method switch
        {
            StringMethod.Contains => text.Contains(part, StringComparison.Ordinal),
            StringMethod.StartsWith => text.StartsWith(part, StringComparison.Ordinal),
            _ => text.EndsWith(part, StringComparison.Ordinal),
        });
    }

    private static object Box(bool value) => value ? BoxedTrue : BoxedFalse;
}
