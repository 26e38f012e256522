using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>Conditions: Kleene and/or/not, comparisons, explicit null tests, 'in', string predicates.</summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    /// <summary>The result of a condition: a truth (or, residualising, a condition over missing inputs).</summary>
    public TResult Truth(BoundExpression node)
    {
        Enter();
        var result = node switch
        {
            BoundBinary { Operator: BinaryOperator.And } and => Logic(and, isAnd: true),
            BoundBinary { Operator: BinaryOperator.Or } or => Logic(or, isAnd: false),
            BoundBinary { IsComparison: true } comparison => Comparison(comparison),
            BoundUnary { Operator: UnaryOperator.Not } not => Not(not),
            BoundNullTest test => NullTest(test),
            BoundIn inList => In(inList),
            BoundStringCall { Type: var type } call when type == typeof(bool) => StringPredicate(call),
            BoundCollectionCall { IsQuantifier: true } call => CollectionTruth(call),
            BoundParameter parameter => Parameter(parameter, asTruth: true),
            _ => ValueAsTruth(node),
        };
        Leave();
        return result;
    }

    /// <summary>A boolean value where a condition is needed: missing is the missing truth (Unknown, or False in two-valued mode).</summary>
    private TResult ValueAsTruth(BoundExpression node)
    {
        var value = Value(node);
        return PresenceOf(value) == Presence.Missing ? _mode.MissingAsCondition(value, MissingTruth) : value;
    }

    /// <summary>The dominant truth (False for and, True for or) wins from either side; else Unknown wins over the neutral one. The right side runs only when the left is not dominant.</summary>
    private TResult Logic(BoundBinary logic, bool isAnd)
    {
        var dominant = Kleene.Dominant(isAnd);
        var left = Truth(logic.Left);
        if (!IsSymbolic(left) && Decided(left) == dominant)
        {
            return _mode.Truth(logic, dominant, left);
        }

        var right = Truth(logic.Right);
        if (IsSymbolic(left) || IsSymbolic(right))
        {
            return _mode.Logic(logic, left, right);
        }

        return _mode.Truth(logic, Kleene.Combine(Decided(left), Decided(right), dominant, Kleene.Neutral(isAnd)), left, right);
    }

    private TResult Not(BoundUnary not)
    {
        var operand = Truth(not.Operand);
        return IsSymbolic(operand) ? _mode.Symbolic(not, operand) : _mode.Truth(not, Kleene.Not(Decided(operand)), operand);
    }

    /// <summary>Both operands are read first; either missing gives the missing truth.</summary>
    private TResult Comparison(BoundBinary comparison)
    {
        var left = Value(comparison.Left);
        var right = Value(comparison.Right);
        return Compare(comparison, comparison.Operator, left, right);
    }

    private TResult Compare(BoundExpression node, BinaryOperator op, in TResult left, in TResult right)
    {
        var (a, b) = (PresenceOf(left), PresenceOf(right));
        if (a == Presence.Missing || b == Presence.Missing)
        {
            return _mode.Truth(node, MissingTruth, left, right);
        }

        if (a == Presence.Symbolic || b == Presence.Symbolic)
        {
            return _mode.Symbolic(node, left, right);
        }

        return _mode.Truth(node, Kleene.Of(Arithmetics.Compare(op, _mode.ValueOf(left)!, _mode.ValueOf(right)!)), left, right);
    }

    private TResult NullTest(BoundNullTest test)
    {
        var operand = Value(test.Operand);
        if (IsSymbolic(operand))
        {
            operand = _mode.AbsenceTestOperand(operand);
            if (IsSymbolic(operand))
            {
                return _mode.Symbolic(test, operand);
            }
        }

        var value = _mode.ValueOf(operand);
        return _mode.Truth(test, Kleene.Of(test.Kind switch
        {
            NullTestKind.IsNull => value is null,
            NullTestKind.IsNotNull => value is not null,
            _ => string.IsNullOrEmpty((string?)value),
        }), operand);
    }

    /// <summary>The Kleene OR of value == item, reading the value once and stopping at the first True.</summary>
    private TResult In(BoundIn inList)
    {
        var value = Value(inList.Value);
        var operands = Operands(value);
        var anySymbolic = IsSymbolic(value);
        List<TResult>? undecided = null; // residualising: the items not known to differ (symbolic, or missing: Unknown)
        var result = Rules.Truth.False;
        var items = inList.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = Value(items[i]);
            operands?.Add(item);
            var equal = Compare(inList, BinaryOperator.Equal, value, item);
            var symbolic = IsSymbolic(equal);
            var truth = symbolic ? Rules.Truth.Unknown : Decided(equal);
            if (truth == Rules.Truth.True)
            {
                return _mode.Truth(inList, truth, operands);
            }

            if (truth == Rules.Truth.Unknown)
            {
                result = truth;
                if (_mode.CanBeSymbolic)
                {
                    (undecided ??= [value]).Add(item);
                    anySymbolic |= symbolic;
                }
            }
        }

        return anySymbolic && undecided is not null ? _mode.Symbolic(inList, undecided) : _mode.Truth(inList, result, operands);
    }

    private TResult StringPredicate(BoundStringCall call)
    {
        var target = Value(call.Target);
        var argument = Value(call.Argument!);
        var (a, b) = (PresenceOf(target), PresenceOf(argument));
        if (a == Presence.Missing || b == Presence.Missing)
        {
            return _mode.Truth(call, MissingTruth, target, argument);
        }

        if (a == Presence.Symbolic || b == Presence.Symbolic)
        {
            return _mode.Symbolic(call, target, argument);
        }

        var text = (string)_mode.ValueOf(target)!;
        var part = (string)_mode.ValueOf(argument)!;
        return _mode.Truth(call, Kleene.Of(call.Method switch
        {
            StringMethod.Contains => text.Contains(part, StringComparison.Ordinal),
            StringMethod.StartsWith => text.StartsWith(part, StringComparison.Ordinal),
            StringMethod.Equals => string.Equals(text, part, StringComparison.Ordinal),
            StringMethod.EqualsIgnoreCase => string.Equals(text, part, StringComparison.OrdinalIgnoreCase),
            _ => text.EndsWith(part, StringComparison.Ordinal),
        }), target, argument);
    }
}
