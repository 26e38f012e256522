using System.Globalization;
using System.Reflection;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>Values: constants, inputs, inlined parameters, members with null propagation, arithmetic, string and Math calls.</summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    /// <summary>The result of a value (a boolean value's is its truth); missing when null.</summary>
    public TResult Value(BoundExpression node)
    {
        Enter();
        var result = node switch
        {
            BoundConstant constant => _mode.Constant(constant),
            BoundInput input => _mode.Read(this, input, Args[input.Index]),
            BoundParameter parameter => Parameter(parameter, asTruth: false),
            BoundLambdaVariable variable => _mode.Read(this, variable, VariableValue(variable.Variable)),
            BoundMember member => Member(member),
            BoundConvert convert => Convert(convert),
            BoundUnary { Operator: UnaryOperator.Negate } negate => Negate(negate),
            BoundBinary { Operator: BinaryOperator.Coalesce } coalesce => Coalesce(coalesce),
            BoundBinary binary when binary.Type != typeof(bool) => Arithmetic(binary),
            BoundConditional conditional => Conditional(conditional),
            BoundStringCall { Type: var type } call when type != typeof(bool) => StringValue(call),
            BoundCollectionCall { IsQuantifier: false } call => CollectionValue(call),
            BoundMathCall call => MathValue(call),
            BoundTextCall call => TextValue(call),
            BoundHostCall call => HostValue(call),
            BoundDateCall call => DateValue(call),
            BoundElementAt at => ElementAt(at),
            BoundListView view => ListView(view),
            _ => Truth(node),
        };
        Leave();
        return result;
    }

    /// <summary>A property read; a getter's exception propagates as itself, as from compiled code.</summary>
    private TResult Member(BoundMember member)
    {
        var target = Value(member.Target);
        return PresenceOf(target) switch
        {
            Presence.Present => _mode.Read(this, member, member.Getter(_mode.ValueOf(target)!)),
            Presence.Missing => _mode.MemberOfMissing(this, member, target),
            _ => _mode.Symbolic(member, target),
        };
    }

    private TResult Convert(BoundConvert convert)
    {
        var operand = Value(convert.Operand);
        return PresenceOf(operand) switch
        {
            Presence.Present => _mode.Convert(convert, System.Convert.ChangeType(_mode.ValueOf(operand), convert.Type, CultureInfo.InvariantCulture), operand),
            Presence.Missing => _mode.Convert(convert, null, operand),
            _ => _mode.Symbolic(convert, operand),
        };
    }

    private TResult Negate(BoundUnary negate)
    {
        var operand = Value(negate.Operand);
        return PresenceOf(operand) switch
        {
            Presence.Present => _mode.Value(negate, Arithmetics.Negate(_mode.ValueOf(operand)!), operand),
            Presence.Missing => _mode.Value(negate, null, operand),
            _ => _mode.Symbolic(negate, operand),
        };
    }

    /// <summary>The left side when present; else the right side, read only then.</summary>
    private TResult Coalesce(BoundBinary coalesce)
    {
        var left = Value(coalesce.Left);
        if (IsSymbolic(left))
        {
            left = _mode.AbsenceTestOperand(left);
        }

        switch (PresenceOf(left))
        {
            case Presence.Present:
                return _mode.Value(coalesce, _mode.ValueOf(left), left);
            case Presence.Missing:
                return _mode.Chosen(coalesce, left, Value(coalesce.Right));
            default:
                var right = Value(coalesce.Right);
                return _mode.Symbolic(coalesce, left, right);
        }
    }

    /// <summary>Both operands are read first; either missing gives missing; integer and decimal division by zero throws.</summary>
    private TResult Arithmetic(BoundBinary binary)
    {
        var left = Value(binary.Left);
        var right = Value(binary.Right);
        var (a, b) = (PresenceOf(left), PresenceOf(right));
        if (a == Presence.Missing || b == Presence.Missing)
        {
            return _mode.Value(binary, null, left, right);
        }

        if (a == Presence.Symbolic || b == Presence.Symbolic)
        {
            return _mode.Symbolic(binary, left, right);
        }

        var (x, y) = (_mode.ValueOf(left)!, _mode.ValueOf(right)!);
        var value = x is string first && y is string second
            ? BoundedText.Concat(first, second, binary.MaxTextLength)
            : Arithmetics.Apply(binary.Operator, x, y);
        return _mode.Value(binary, value, left, right);
    }

    /// <summary>Only the chosen branch runs; an Unknown test gives missing.</summary>
    private TResult Conditional(BoundConditional conditional)
    {
        var condition = Truth(conditional.Condition);
        if (IsSymbolic(condition))
        {
            var whenTrue = Value(conditional.WhenTrue);
            var whenFalse = Value(conditional.WhenFalse);
            return _mode.Symbolic(conditional, condition, whenTrue, whenFalse);
        }

        return Decided(condition) switch
        {
            Rules.Truth.True => _mode.Chosen(conditional, condition, Value(conditional.WhenTrue)),
            Rules.Truth.False => _mode.Chosen(conditional, condition, Value(conditional.WhenFalse)),
            _ => _mode.Value(conditional, null, condition),
        };
    }

    private TResult StringValue(BoundStringCall call)
    {
        var target = Value(call.Target);
        switch (PresenceOf(target))
        {
            case Presence.Missing:
                return _mode.Value(call, null, target);
            case Presence.Symbolic:
                return _mode.Symbolic(call, target);
        }

        var text = (string)_mode.ValueOf(target)!;
        if (call.IsParse)
        {
            var parsed = call.Method == StringMethod.ParseInt ? (object?)NumberText.ParseInt(text) : NumberText.ParseDouble(text);
            return parsed is null ? _mode.Unparsed(this, call, target) : _mode.Value(call, parsed, target);
        }

        return _mode.Value(call, call.Method switch
        {
            StringMethod.Length => text.Length,
            StringMethod.ToLower => text.ToLowerInvariant(),
            StringMethod.ToUpper => text.ToUpperInvariant(),
            _ => text.Trim(),
        }, target);
    }

    /// <summary>Every operand is read first; any missing gives missing, and so does a result the function does not define.</summary>
    private TResult TextValue(BoundTextCall call)
    {
        var (operands, presence) = ReadAll(call.Operands);
        if (presence != Presence.Present)
        {
            return presence == Presence.Missing ? _mode.Value(call, null, _mode.KeepsOperands ? operands : null) : _mode.Symbolic(call, operands);
        }

        var value = TextFunctions.Apply(
            call.Function,
            _mode.ValueOf(operands[0])!,
            operands.Count > 1 ? _mode.ValueOf(operands[1]) : null,
            operands.Count > 2 ? _mode.ValueOf(operands[2]) : null,
            call.MaxLength);
        return _mode.Value(call, value, _mode.KeepsOperands ? operands : null);
    }

    /// <summary>A host function (<see cref="BoundHostCall"/>): see <see cref="StaticCall"/>.</summary>
    private TResult HostValue(BoundHostCall call) => StaticCall(call, call.Arguments, call.Method);

    /// <summary>A date function (<see cref="BoundDateCall"/>): see <see cref="StaticCall"/>; a date moved out of range is the method's null.</summary>
    private TResult DateValue(BoundDateCall call) => StaticCall(call, call.Operands, call.Method);

    /// <summary>Every operand is read first; any missing gives missing, and so does a null result. The method's exception propagates as itself.</summary>
    private TResult StaticCall(BoundExpression call, IReadOnlyList<BoundExpression> operandNodes, MethodInfo method)
    {
        var (operands, presence) = ReadAll(operandNodes);
        if (presence != Presence.Present)
        {
            return presence == Presence.Missing ? _mode.Value(call, null, _mode.KeepsOperands ? operands : null) : _mode.Symbolic(call, operands);
        }

        var values = new object?[operands.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _mode.ValueOf(operands[i]);
        }

        var value = method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, values, CultureInfo.InvariantCulture);
        return _mode.Value(call, value, _mode.KeepsOperands ? operands : null);
    }

    /// <summary>Every node's result, in order, and the worst presence among them: missing over symbolic over present.</summary>
    private (List<TResult> Results, Presence Presence) ReadAll(IReadOnlyList<BoundExpression> nodes)
    {
        var results = new List<TResult>(nodes.Count);
        var presence = Presence.Present;
        foreach (var node in nodes)
        {
            var result = Value(node);
            results.Add(result);
            presence = PresenceOf(result) switch
            {
                Presence.Missing => Presence.Missing,
                Presence.Symbolic when presence != Presence.Missing => Presence.Symbolic,
                _ => presence,
            };
        }

        return (results, presence);
    }

    /// <summary>Every argument is read first; any missing gives missing.</summary>
    private TResult MathValue(BoundMathCall call)
    {
        var arguments = call.Arguments;
        var first = Value(arguments[0]);
        if (arguments.Count == 1)
        {
            return PresenceOf(first) switch
            {
                Presence.Present => _mode.Value(call, Arithmetics.Math(call.Function, _mode.ValueOf(first)!, null), first),
                Presence.Missing => _mode.Value(call, null, first),
                _ => _mode.Symbolic(call, first),
            };
        }

        var second = Value(arguments[1]);
        var (a, b) = (PresenceOf(first), PresenceOf(second));
        if (a == Presence.Missing || b == Presence.Missing)
        {
            return _mode.Value(call, null, first, second);
        }

        return a == Presence.Symbolic || b == Presence.Symbolic
            ? _mode.Symbolic(call, first, second)
            : _mode.Value(call, Arithmetics.Math(call.Function, _mode.ValueOf(first)!, _mode.ValueOf(second)), first, second);
    }

    /// <summary>The list and the index are read first; either missing, or an index out of bounds, gives missing.</summary>
    private TResult ElementAt(BoundElementAt at)
    {
        var source = Value(at.Source);
        var index = Value(at.Index);
        var (a, b) = (PresenceOf(source), PresenceOf(index));
        if (a == Presence.Missing || b == Presence.Missing)
        {
            return _mode.Value(at, null, source, index);
        }

        if (a == Presence.Symbolic || b == Presence.Symbolic)
        {
            return _mode.Symbolic(at, source, index);
        }

        var list = _mode.ValueOf(source)!;
        var i = (int)_mode.ValueOf(index)!;
        var count = list is System.Collections.IList items ? items.Count : (int)Invoke(at.Shape.CountGetter!, list)!;
        if (i < 0 || i >= count)
        {
            return _mode.Value(at, null, source, index);
        }

        SetPicked(at, i);
        return _mode.Read(this, at, list is System.Collections.IList elements ? elements[i] : Invoke(at.Shape.Indexer!, list, i));
    }

    private static object? Invoke(MethodInfo method, object target, params object?[] arguments) =>
        method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
}
