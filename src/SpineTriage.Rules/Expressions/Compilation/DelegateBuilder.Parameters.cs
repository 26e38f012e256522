using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>
/// Parameters (GlobalParams, LocalParams) and scopes. By default a parameter is inlined where it is used, so a literal
/// threshold becomes a constant and the lambda behaves exactly as the tree walker. With hoisting (a whole
/// workflow in one lambda), a parameter that is not a constant is computed once, at the start of the lambda, into a
/// local that every rule reads: derived facts such as <c>structuralIndication</c> are compiled and evaluated once.
/// </summary>
internal sealed partial class DelegateBuilder
{
    private readonly Dictionary<(BoundExpression Value, bool AsTruth), Expression> _hoisted = new(ParameterKeyComparer.Instance);
    private readonly List<Expression> _hoistedAssignments = [];
    private readonly List<ParameterExpression> _hoistedLocals = [];

    /// <summary>A local of the lambda for the caller's own code (in the current scope).</summary>
    public ParameterExpression Variable(Type type) => Temp(type);

    /// <summary>Builds an expression whose temporaries are locals of its own block, so the IL locals are reused by the next one.</summary>
    public Expression Scoped(Func<Expression> build)
    {
        var first = _locals.Count;
        var body = build();
        if (_locals.Count == first)
        {
            return body;
        }

        var variables = _locals.GetRange(first, _locals.Count - first);
        _locals.RemoveRange(first, variables.Count);
        return Expression.Block(body.Type, variables, body);
    }

    private Expression Parameter(BoundParameter parameter, bool asTruth)
    {
        if (!hoistParameters)
        {
            return asTruth ? Truth(parameter.Value) : Value(parameter.Value);
        }

        var key = (parameter.Value, asTruth);
        if (_hoisted.TryGetValue(key, out var known))
        {
            return known;
        }

        var first = _locals.Count;
        var built = asTruth ? Truth(parameter.Value) : Value(parameter.Value);
        if (built is not (ConstantExpression or ParameterExpression))
        {
            // Its temporaries leave the current scope with it: the assignment runs in the lambda's prologue.
            var variable = Expression.Variable(built.Type, parameter.Name);
            _hoistedLocals.Add(variable);
            _hoistedLocals.AddRange(_locals.GetRange(first, _locals.Count - first));
            _locals.RemoveRange(first, _locals.Count - first);
            _hoistedAssignments.Add(Expression.Assign(variable, built));
            built = variable;
        }

        _hoisted[key] = built;
        return built;
    }
}
