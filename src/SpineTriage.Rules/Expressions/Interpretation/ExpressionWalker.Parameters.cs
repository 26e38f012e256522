using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// Parameters (GlobalParams, LocalParams), inlined where they are used, as in a rule compiled alone (the compiled
/// workflow may compute one once and share it; the value is the same): the walker evaluates the parameter's value
/// and its mode shows it under the parameter's name. A mode may keep a parameter's result for the rest of its walks
/// over the same inputs (a parameter's value never reads a lambda variable): residualising does, so a derived fact
/// such as <c>structuralIndication</c>, inlined in many rules, is worked out once per case.
/// </summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    private TResult Parameter(BoundParameter parameter, bool asTruth)
    {
        if (_mode.TryKept(parameter.Value, asTruth, out var kept))
        {
            return kept;
        }

        var result = _mode.Parameter(parameter, asTruth ? Truth(parameter.Value) : Value(parameter.Value));
        _mode.Keep(parameter.Value, asTruth, result);
        return result;
    }
}
