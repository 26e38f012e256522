using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The names an expression can see: the inputs, then global params, then local params (later shadows earlier is an
/// error reported by the workflow layer). Params form a persistent chain, latest first, so adding one is O(1) and
/// shares everything before it; nothing here instantiates a generic collection over a struct (cold start).
/// </summary>
internal sealed class ExpressionEnvironment
{
    private readonly RuleInput[] _inputs;
    private readonly ScopedParameter? _latest;
    private readonly Type[] _customTypes;

    private ExpressionEnvironment(RuleInput[] inputs, ScopedParameter? latest, Type[] customTypes, TimeProvider? clock)
    {
        _inputs = inputs;
        _latest = latest;
        _customTypes = customTypes;
        Clock = clock;
    }

    /// <summary>Gets the clock rules may read (<see cref="RuleSetOptions.Clock"/>), or null when they may not.</summary>
    public TimeProvider? Clock { get; }

    public IReadOnlyList<RuleInput> Inputs => _inputs;

    /// <summary>Every name, params latest first, then inputs.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            for (var parameter = _latest; parameter is not null; parameter = parameter.Previous)
            {
                yield return parameter.Name;
            }

            foreach (var input in _inputs)
            {
                yield return input.Name;
            }
        }
    }

    /// <summary>Input i is read from args[i] at evaluation.</summary>
    public static ExpressionEnvironment ForInputs(IReadOnlyList<RuleInput> inputs, IEnumerable<Type>? customTypes = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ExpressionEnvironment([.. inputs], null, [.. customTypes ?? []], clock);
    }

    /// <summary>A new environment that also has a named scoped param (GlobalParams/LocalParams) bound to an expression.</summary>
    public ExpressionEnvironment WithParameter(string name, BoundExpression value) => new(_inputs, new ScopedParameter(name, value, _latest), _customTypes, Clock);

    /// <summary>The host-registered type (<see cref="RuleSetOptions.CustomTypes"/>) of that name, exact case first, then ignoring case.</summary>
    public Type? CustomType(string name) =>
        Array.Find(_customTypes, t => string.Equals(t.Name, name, StringComparison.Ordinal))
        ?? Array.Find(_customTypes, t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the name is an input or param of this environment (case-insensitive).</summary>
    public bool Contains(string name) => Find(name, StringComparison.OrdinalIgnoreCase, "") is not null;

    /// <summary>Resolves a name, exact case first, then case-insensitively: latest param first, then inputs.</summary>
    public BoundExpression? Resolve(string name, string text) =>
        Find(name, StringComparison.Ordinal, text) ?? Find(name, StringComparison.OrdinalIgnoreCase, text);

    private BoundExpression? Find(string name, StringComparison comparison, string text)
    {
        for (var parameter = _latest; parameter is not null; parameter = parameter.Previous)
        {
            if (string.Equals(parameter.Name, name, comparison))
            {
                return new BoundParameter(parameter.Name, parameter.Value, text);
            }
        }

        for (var i = 0; i < _inputs.Length; i++)
        {
            if (string.Equals(_inputs[i].Name, name, comparison))
            {
                return new BoundInput(i, _inputs[i].Name, _inputs[i].Type, text);
            }
        }

        return null;
    }

    /// <summary>One link of the params chain.</summary>
    private sealed record ScopedParameter(string Name, BoundExpression Value, ScopedParameter? Previous);
}
