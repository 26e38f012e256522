namespace SpineTriage.Rules.Expressions;

/// <summary>
/// Parameters (GlobalParams, LocalParams), inlined where they are used, as in a rule compiled alone (the compiled
/// workflow may compute one once and share it; the value is the same): the walker evaluates the parameter's value
/// and its mode shows it under the parameter's name.
/// </summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    private TResult Parameter(BoundParameter parameter, bool asTruth) =>
        _mode.Parameter(parameter, asTruth ? Truth(parameter.Value) : Value(parameter.Value));
}
