using System.Collections.Immutable;

namespace SpineTriage.Rules.Expressions;

/// <summary>The names an expression can see: the inputs, then global params, then local params (later shadows earlier is an error reported by the workflow layer).</summary>
internal sealed class ExpressionEnvironment
{
    private readonly ImmutableArray<RuleInput> _inputs;
    private readonly ImmutableList<KeyValuePair<string, BoundExpression>> _parameters;

    private ExpressionEnvironment(ImmutableArray<RuleInput> inputs, ImmutableList<KeyValuePair<string, BoundExpression>> parameters)
    {
        _inputs = inputs;
        _parameters = parameters;
    }

    public IReadOnlyList<RuleInput> Inputs => _inputs;

    /// <summary>Every name, params latest first, then inputs.</summary>
    public IEnumerable<string> Names => _parameters.AsEnumerable().Reverse().Select(p => p.Key).Concat(_inputs.Select(i => i.Name));

    /// <summary>Input i is read from args[i] at evaluation.</summary>
    public static ExpressionEnvironment ForInputs(IReadOnlyList<RuleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ExpressionEnvironment([.. inputs], []);
    }

    /// <summary>A new environment that also has a named scoped param (GlobalParams/LocalParams) bound to an expression.</summary>
    public ExpressionEnvironment WithParameter(string name, BoundExpression value) => new(_inputs, _parameters.Add(new(name, value)));

    /// <summary>True when the name is an input or param of this environment (case-insensitive).</summary>
    public bool Contains(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves a name, exact case first, then case-insensitively: latest param first, then inputs.</summary>
    public BoundExpression? Resolve(string name, string text)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            for (var i = _parameters.Count - 1; i >= 0; i--)
            {
                if (string.Equals(_parameters[i].Key, name, comparison))
                {
                    return new BoundParameter(_parameters[i].Key, _parameters[i].Value, text);
                }
            }

            for (var i = 0; i < _inputs.Length; i++)
            {
                if (string.Equals(_inputs[i].Name, name, comparison))
                {
                    return new BoundInput(i, _inputs[i].Name, _inputs[i].Type, text);
                }
            }
        }

        return null;
    }
}
