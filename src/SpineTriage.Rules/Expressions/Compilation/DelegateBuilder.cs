using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>
/// Builds one System.Linq.Expressions lambda from a bound tree. A value compiles to an expression of its type when it
/// can never be missing, else to its nullable form (Nullable&lt;T&gt; or a reference, null meaning missing); a condition
/// compiles to a <see cref="Rules.Truth"/>. Temporaries are locals of the one lambda, so a call allocates nothing.
/// </summary>
/// <param name="mode">Three-valued (Kleene) or RulesEngine's two-valued logic.</param>
/// <param name="hoistParameters">Whether a parameter that is not a constant is computed once, at the start of the lambda.</param>
/// <param name="args">The inputs array parameter, when several builders' bodies go into one lambda.</param>
/// <param name="assumeInputsPresent">
/// Whether the code may take every input of a reference type as present (not null): no null test where such an input
/// is read. Such a body must run only when <see cref="PresentInputs"/> are all non-null.
/// </param>
internal sealed partial class DelegateBuilder(TruthMode mode, bool hoistParameters = false, ParameterExpression? args = null, bool assumeInputsPresent = false)
{
    private static readonly ConstantExpression TrueTruth = Expression.Constant(Rules.Truth.True);
    private static readonly ConstantExpression FalseTruth = Expression.Constant(Rules.Truth.False);
    private static readonly ConstantExpression UnknownTruth = Expression.Constant(Rules.Truth.Unknown);

    private readonly ParameterExpression _args = args ?? Expression.Parameter(typeof(object?[]), "args");
    private readonly SortedDictionary<int, ParameterExpression> _inputs = [];
    private readonly HashSet<ParameterExpression> _present = [];
    private readonly Dictionary<LambdaVariable, ParameterExpression> _variables = [];
    private readonly List<ParameterExpression> _locals = [];

    /// <summary>What a condition that reads missing data yields: Unknown, or False in RulesEngine's two-valued mode.</summary>
    private ConstantExpression MissingTruth => mode == TruthMode.ThreeValued ? UnknownTruth : FalseTruth;

    /// <summary>Gets the indexes of the inputs the code takes as present (see <c>assumeInputsPresent</c>), in order.</summary>
    public IEnumerable<int> PresentInputs => _inputs.Where(pair => _present.Contains(pair.Value)).Select(pair => pair.Key);

    /// <summary>The lambda over <c>object?[] args</c> (and any further parameters): inputs cast once, hoisted parameters computed, then the body.</summary>
    public Expression<TDelegate> Lambda<TDelegate>(Expression body, params ParameterExpression[] parameters) =>
        Expression.Lambda<TDelegate>(LambdaBody(body), [_args, .. parameters]);

    /// <summary>The body of <see cref="Lambda{TDelegate}"/>: inputs cast once, hoisted parameters computed, then the body.</summary>
    public Expression LambdaBody(Expression body)
    {
        var prologue = _inputs.Select(pair =>
            (Expression)Expression.Assign(pair.Value, Expression.Convert(Expression.ArrayIndex(_args, Expression.Constant(pair.Key)), pair.Value.Type)));
        return Expression.Block(body.Type, _inputs.Values.Concat(_hoistedLocals).Concat(_locals), prologue.Concat(_hoistedAssignments).Append(body));
    }

    private ParameterExpression Input(BoundInput input)
    {
        if (!_inputs.TryGetValue(input.Index, out var variable))
        {
            variable = Expression.Variable(NullableForm(input.ClrType), input.Name);
            _inputs.Add(input.Index, variable);
            if (assumeInputsPresent && !input.ClrType.IsValueType)
            {
                _present.Add(variable);
            }
        }

        return variable;
    }

    private ParameterExpression Temp(Type type)
    {
        var variable = Expression.Variable(type);
        _locals.Add(variable);
        return variable;
    }

    /// <summary>An expression that can be read twice: constants and variables as they are, anything else assigned to a temporary first.</summary>
    private Expression Stash(Expression expression, List<Expression> setup)
    {
        if (expression is ConstantExpression or ParameterExpression)
        {
            return expression;
        }

        var temp = Temp(expression.Type);
        setup.Add(Expression.Assign(temp, expression));
        return temp;
    }

    private static Expression Sequence(List<Expression> setup, Expression result) =>
        setup.Count == 0 ? result : Expression.Block(result.Type, setup.Append(result));

    private bool CanBeMissing(Expression expression) =>
        (!expression.Type.IsValueType || Nullable.GetUnderlyingType(expression.Type) is not null) && !IsPresentInput(expression);

    private bool IsPresentInput(Expression expression) => expression is ParameterExpression variable && _present.Contains(variable);

    private static Type NullableForm(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private Expression HasValue(Expression expression) => expression switch
    {
        _ when IsPresentInput(expression) => Expression.Constant(true),
        ConstantExpression constant => Expression.Constant(constant.Value is not null),
        _ when Nullable.GetUnderlyingType(expression.Type) is not null => Expression.Property(expression, "HasValue"),
        _ when !expression.Type.IsValueType => Expression.ReferenceNotEqual(expression, Expression.Constant(null, expression.Type)),
        _ => Expression.Constant(true),
    };

    private static Expression ValueOf(Expression expression) => expression switch
    {
        ConstantExpression { Value: { } value } when Nullable.GetUnderlyingType(expression.Type) is { } inner => Expression.Constant(value, inner),
        _ when Nullable.GetUnderlyingType(expression.Type) is not null => Expression.Call(expression, "GetValueOrDefault", Type.EmptyTypes),
        _ => expression,
    };

    private static Expression Lift(Expression expression) =>
        expression.Type == NullableForm(expression.Type) ? expression : Expression.Convert(expression, NullableForm(expression.Type));

    private static Expression Missing(Type type) => Expression.Constant(null, NullableForm(type));

    private static Expression ToTruth(Expression test) => Expression.Condition(test, TrueTruth, FalseTruth);

    /// <summary>Applies an operation to values that may be missing: the result is missing when any operand is.</summary>
    private Expression Lifted(IReadOnlyList<Expression> operands, Func<IReadOnlyList<Expression>, Expression> operation)
    {
        var setup = new List<Expression>();
        var stashed = operands.Select(operand => CanBeMissing(operand) ? Stash(operand, setup) : operand).ToList();
        var result = operation(stashed.Select(ValueOf).ToList());
        var nullable = stashed.Where(CanBeMissing).ToList();
        if (nullable.Count == 0)
        {
            return Sequence(setup, result);
        }

        var test = nullable.Select(HasValue).Aggregate(Expression.AndAlso);
        return Sequence(setup, Expression.Condition(test, Lift(result), Missing(result.Type)));
    }

    /// <summary>Like <see cref="Lifted"/> for a condition: missing operands give the missing truth.</summary>
    private Expression LiftedTruth(IReadOnlyList<Expression> operands, Func<IReadOnlyList<Expression>, Expression> test)
    {
        var setup = new List<Expression>();
        var stashed = operands.Select(operand => CanBeMissing(operand) ? Stash(operand, setup) : operand).ToList();
        var result = ToTruth(test(stashed.Select(ValueOf).ToList()));
        var nullable = stashed.Where(CanBeMissing).ToList();
        return nullable.Count == 0
            ? Sequence(setup, result)
            : Sequence(setup, Expression.Condition(nullable.Select(HasValue).Aggregate(Expression.AndAlso), result, MissingTruth));
    }
}
