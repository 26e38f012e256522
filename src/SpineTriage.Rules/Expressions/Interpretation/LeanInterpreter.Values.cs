using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SpineTriage.Rules.Expressions;

/// <summary>Values: constants, inputs, inlined parameters, members with null propagation, arithmetic, string and Math calls.</summary>
internal sealed partial class LeanInterpreter
{
    /// <summary>The value of a node, boxed; null when missing (or the null literal).</summary>
    public object? Value(BoundExpression node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            BoundConstant constant => constant.Value,
            BoundInput input => args[input.Index],
            BoundParameter parameter => Value(parameter.Value),
            BoundLambdaVariable variable => VariableValue(variable.Variable),
            BoundMember member => Member(member),
            BoundConvert convert => Value(convert.Operand) is { } operand ? Convert.ChangeType(operand, convert.Type, CultureInfo.InvariantCulture) : null,
            BoundUnary { Operator: UnaryOperator.Negate } negate => Value(negate.Operand) is { } operand ? Arithmetics.Negate(operand) : null,
            BoundBinary { Operator: BinaryOperator.Coalesce } coalesce => Value(coalesce.Left) ?? Value(coalesce.Right),
            BoundBinary binary when binary.Type != typeof(bool) => Arithmetic(binary),
            BoundConditional conditional => Conditional(conditional),
            BoundStringCall { Type: var type } call when type != typeof(bool) => StringValue(call),
            BoundCollectionCall { Type: var type } call when type != typeof(bool) => CollectionValue(call),
            BoundMathCall call => MathValue(call),
            _ => Truth(node) switch
            {
                Rules.Truth.True => BoxedTrue,
                Rules.Truth.False => BoxedFalse,
                _ => null,
            },
        };
    }

    /// <summary>A property read; a getter's exception propagates as itself, as from compiled code.</summary>
    private object? Member(BoundMember member) => Value(member.Target) is { } target
        ? member.Property.GetValue(target, BindingFlags.DoNotWrapExceptions, null, null, null)
        : null;

    /// <summary>Both operands are read first; either missing gives missing; integer and decimal division by zero is missing.</summary>
    private object? Arithmetic(BoundBinary binary)
    {
        var left = Value(binary.Left);
        var right = Value(binary.Right);
        if (left is null || right is null)
        {
            return null;
        }

        return left is string a && right is string b
            ? BoundedText.Concat(a, b, binary.MaxTextLength)
            : Arithmetics.Apply(binary.Operator, left, right);
    }

    /// <summary>Only the chosen branch runs; an Unknown test gives missing.</summary>
    private object? Conditional(BoundConditional conditional) => Truth(conditional.Condition) switch
    {
        Rules.Truth.True => Value(conditional.WhenTrue),
        Rules.Truth.False => Value(conditional.WhenFalse),
        _ => null,
    };

    private object? StringValue(BoundStringCall call)
    {
        if (Value(call.Target) is not string text)
        {
            return null;
        }

        return call.Method switch
        {
            StringMethod.Length => text.Length,
            StringMethod.ToLower => text.ToLowerInvariant(),
            StringMethod.ToUpper => text.ToUpperInvariant(),
            _ => text.Trim(),
        };
    }

    /// <summary>Every argument is read first; any missing gives missing.</summary>
    private object? MathValue(BoundMathCall call)
    {
        var arguments = call.Arguments;
        var first = Value(arguments[0]);
        var second = arguments.Count > 1 ? Value(arguments[1]) : null;
        if (first is null || (arguments.Count > 1 && second is null))
        {
            return null;
        }

        return (call.Function, first, second) switch
        {
            (MathFunction.Abs, int i, _) => Math.Abs(i),
            (MathFunction.Abs, long l, _) => Math.Abs(l),
            (MathFunction.Abs, double d, _) => Math.Abs(d),
            (MathFunction.Abs, decimal m, _) => Math.Abs(m),
            (MathFunction.Min, int a, int b) => Math.Min(a, b),
            (MathFunction.Min, long a, long b) => Math.Min(a, b),
            (MathFunction.Min, double a, double b) => Math.Min(a, b),
            (MathFunction.Min, decimal a, decimal b) => Math.Min(a, b),
            (MathFunction.Max, int a, int b) => Math.Max(a, b),
            (MathFunction.Max, long a, long b) => Math.Max(a, b),
            (MathFunction.Max, double a, double b) => Math.Max(a, b),
            (MathFunction.Max, decimal a, decimal b) => Math.Max(a, b),
            (MathFunction.Round, double d, null) => Math.Round(d),
            (MathFunction.Round, decimal m, null) => Math.Round(m),
            (MathFunction.Round, double d, int digits) => Math.Round(d, digits),
            (MathFunction.Round, decimal m, int digits) => Math.Round(m, digits),
            _ => throw new InvalidOperationException($"Math.{call.Function} is not defined for {first.GetType().Name}."),
        };
    }
}
