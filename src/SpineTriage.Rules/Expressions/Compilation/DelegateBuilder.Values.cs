using System.Globalization;
using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>Values: constants, inputs, params (inlined, so literal thresholds become constants), members with null propagation, arithmetic.</summary>
internal sealed partial class DelegateBuilder
{
    public Expression Value(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return ValueOfNode(node);
    }

    private Expression ValueOfNode(BoundExpression node) => node switch
    {
        BoundConstant constant => Constant(constant),
        BoundInput input => Input(input),
        BoundParameter parameter => Parameter(parameter, asTruth: false),
        BoundLambdaVariable variable => _variables[variable.Variable],
        BoundMember member => Member(member),
        BoundConvert convert => Convert(convert),
        BoundUnary { Operator: UnaryOperator.Negate } negate => Lifted([Value(negate.Operand)], v => Negate(v[0])),
        BoundBinary binary when binary.Operator == BinaryOperator.Coalesce || binary.Type != typeof(bool) => Arithmetic(binary),
        BoundConditional conditional => Conditional(conditional),
        BoundStringCall { Type: var type } call when type != typeof(bool) => StringValue(call),
        BoundCollectionCall { IsQuantifier: false } call => CollectionValue(call),
        BoundMathCall call => MathValue(call),
        BoundTextCall call => TextValue(call),
        BoundHostCall call => HostValue(call),
        BoundDateCall call => Lifted([.. call.Operands.Select(Value)], v => Expression.Call(call.Method, v)),
        BoundElementAt at => ElementAt(at),
        BoundListView view => ListView(view),
        _ => TruthAsValue(Truth(node)),
    };

    private static Expression Constant(BoundConstant constant) => constant.Value is null
        ? Expression.Constant(null, constant.IsNullLiteral ? typeof(object) : NullableForm(constant.Type))
        : Expression.Constant(constant.Value, constant.Type);

    private Expression TruthAsValue(Expression truth)
    {
        var setup = new List<Expression>();
        var stashed = Stash(truth, setup);
        return Sequence(setup, Expression.Condition(
            Expression.Equal(stashed, UnknownTruth), Missing(typeof(bool)), Lift(Expression.Equal(stashed, TrueTruth))));
    }

    private Expression Member(BoundMember member)
    {
        var target = Value(member.Target);
        if (!CanBeMissing(target))
        {
            return Expression.Property(target, member.Property);
        }

        var setup = new List<Expression>();
        var stashed = Stash(target, setup);
        var read = Lift(Expression.Property(ValueOf(stashed), member.Property));
        return Sequence(setup, Expression.Condition(HasValue(stashed), read, Expression.Constant(null, read.Type)));
    }

    private Expression Convert(BoundConvert convert)
    {
        var operand = Value(convert.Operand);
        if (operand is ConstantExpression { Value: { } value })
        {
            return Expression.Constant(System.Convert.ChangeType(value, convert.Type, CultureInfo.InvariantCulture), convert.Type);
        }

        return CanBeMissing(operand)
            ? Expression.Convert(operand, NullableForm(convert.Type))
            : Expression.Convert(operand, convert.Type);
    }

    private static Expression Negate(Expression value) =>
        value.Type == typeof(double) ? Expression.Negate(value) : Expression.NegateChecked(value);

    private Expression Arithmetic(BoundBinary binary)
    {
        var left = Value(binary.Left);
        var right = Value(binary.Right);
        if (binary.Operator == BinaryOperator.Coalesce)
        {
            return Coalesce(left, right);
        }

        var type = binary.Type;
        var floating = type == typeof(double);
        return binary.Operator switch
        {
            BinaryOperator.Add when type == typeof(string) =>
                Lifted([left, right], v => Expression.Call(BoundedText.ConcatMethod, v[0], v[1], Expression.Constant(binary.MaxTextLength))),
            BinaryOperator.Add => Lifted([left, right], v => floating ? Expression.Add(v[0], v[1]) : Expression.AddChecked(v[0], v[1])),
            BinaryOperator.Subtract => Lifted([left, right], v => floating ? Expression.Subtract(v[0], v[1]) : Expression.SubtractChecked(v[0], v[1])),
            BinaryOperator.Multiply => Lifted([left, right], v => floating ? Expression.Multiply(v[0], v[1]) : Expression.MultiplyChecked(v[0], v[1])),
            // Integer and decimal division by zero throws DivideByZeroException, as in the walker: the rule is Unknown with its message.
            BinaryOperator.Divide => Lifted([left, right], v => Expression.Divide(v[0], v[1])),
            _ => Lifted([left, right], v => Expression.Modulo(v[0], v[1])),
        };
    }

    private Expression Coalesce(Expression left, Expression right)
    {
        if (!CanBeMissing(left))
        {
            return left;
        }

        var setup = new List<Expression>();
        var stashed = Stash(left, setup);
        var fallback = CanBeMissing(right) ? Lift(right) : right;
        var value = CanBeMissing(right) ? Lift(ValueOf(stashed)) : ValueOf(stashed);
        return Sequence(setup, Expression.Condition(HasValue(stashed), value, fallback));
    }

    private Expression Conditional(BoundConditional conditional)
    {
        var setup = new List<Expression>();
        var test = Stash(Truth(conditional.Condition), setup);
        var whenTrue = Value(conditional.WhenTrue);
        var whenFalse = Value(conditional.WhenFalse);
        var lift = CanBeMissing(whenTrue) || CanBeMissing(whenFalse) || mode == TruthMode.ThreeValued;
        if (lift)
        {
            whenTrue = Lift(whenTrue);
            whenFalse = Lift(whenFalse);
        }

        var unknown = lift ? Missing(whenTrue.Type) : whenFalse;
        return Sequence(setup, Expression.Condition(Expression.Equal(test, TrueTruth), whenTrue,
            Expression.Condition(Expression.Equal(test, FalseTruth), whenFalse, unknown)));
    }

    private Expression StringValue(BoundStringCall call) => call.IsParse ? Parse(call) : Lifted([Value(call.Target)], v => call.Method switch
    {
        StringMethod.Length => Expression.Property(v[0], nameof(string.Length)),
        StringMethod.ToLower => Expression.Call(v[0], nameof(string.ToLowerInvariant), Type.EmptyTypes),
        StringMethod.ToUpper => Expression.Call(v[0], nameof(string.ToUpperInvariant), Type.EmptyTypes),
        _ => Expression.Call(v[0], nameof(string.Trim), Type.EmptyTypes),
    });

    /// <summary>int.Parse/double.Parse: missing when the text is missing or not a number (<see cref="NumberText"/>, as the walker).</summary>
    private Expression Parse(BoundStringCall call)
    {
        var setup = new List<Expression>();
        var text = Stash(Value(call.Target), setup);
        var parse = typeof(NumberText).GetMethod(call.Method == StringMethod.ParseInt ? nameof(NumberText.ParseInt) : nameof(NumberText.ParseDouble))!;
        return Sequence(setup, Expression.Condition(HasValue(text), Expression.Call(parse, ValueOf(text)), Missing(call.Type)));
    }

    /// <summary>As the walker: any operand missing gives missing; the function's null (undefined) is missing too.</summary>
    private Expression TextValue(BoundTextCall call)
    {
        var method = TextFunctions.MethodFor(call.Function, call.Operands.Count);
        return Lifted([.. call.Operands.Select(Value)], v => call.Function switch
        {
            TextFunction.ToText => Expression.Call(method, Expression.Convert(v[0], typeof(object))),
            TextFunction.Replace => Expression.Call(method, v[0], v[1], v[2], Expression.Constant(call.MaxLength)),
            _ => Expression.Call(method, v),
        });
    }

    /// <summary>As the walker: any argument missing gives missing; a null result is missing.</summary>
    private Expression HostValue(BoundHostCall call)
    {
        var parameters = call.Method.GetParameters();
        return Lifted([.. call.Arguments.Select(Value)], v => Expression.Call(
            call.Method, v.Select((argument, i) => argument.Type == parameters[i].ParameterType ? argument : Expression.Convert(argument, parameters[i].ParameterType))));
    }

    private Expression MathValue(BoundMathCall call)
    {
        var arguments = call.Arguments.Select(Value).ToList();
        var types = arguments.Select(a => TypeRules.Underlying(a.Type)).ToArray();
        var method = typeof(Math).GetMethod(call.Function.ToString(), types)!;
        return Lifted(arguments, v => Expression.Call(method, v));
    }

    /// <summary>The list and the index are read first; either missing, or an index out of bounds, gives missing (never an exception).</summary>
    private Expression ElementAt(BoundElementAt at)
    {
        var setup = new List<Expression>();
        var source = Stash(Value(at.Source), setup);
        var index = Stash(Value(at.Index), setup);
        var list = ValueOf(source);
        var i = Temp(typeof(int));
        var shape = at.Shape;
        var read = shape.IsArray ? Expression.ArrayIndex(list, i) : (Expression)Expression.Call(list, shape.Indexer!, i);
        var resultType = NullableForm(at.Type);
        var inBounds = Expression.AndAlso(Expression.GreaterThanOrEqual(i, Expression.Constant(0)), Expression.LessThan(i, Count(shape, list)));
        var element = Expression.Block(
            Expression.Assign(i, ValueOf(index)),
            Expression.Condition(inBounds, Expression.Convert(read, resultType), Missing(at.Type)));
        return Sequence(setup, Expression.Condition(Expression.AndAlso(HasValue(source), HasValue(index)), element, Missing(at.Type)));
    }
}
