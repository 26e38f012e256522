// CONTRACT between the expression front end (Expressions/) and the workflow layer (Workflows/, Evaluation/).
// The signatures below are fixed; the bodies are implemented by the expression work and this file is then
// split into one file per type. Do not change a signature without agreeing it with the other side.
namespace SpineTriage.Rules.Expressions;

/// <summary>Limits that keep hostile or accidental expressions from exhausting the process.</summary>
internal sealed record ExpressionLimits(int MaxLength = 10_000, int MaxDepth = 100)
{
    public static ExpressionLimits Default { get; } = new();
}

/// <summary>A problem in one expression; Offset and Length are in characters of the expression text.</summary>
internal readonly record struct ExpressionDiagnostic(string Code, string Message, int Offset, int Length);

/// <summary>How comparisons that read missing data evaluate.</summary>
internal enum TruthMode
{
    /// <summary>Kleene logic: a comparison that reads missing data is Unknown (the default).</summary>
    ThreeValued,

    /// <summary>RulesEngine's behaviour: a comparison that reads missing data is False, and and/or/not are classical.</summary>
    TwoValued,
}

/// <summary>A type-checked expression tree; immutable and shareable across threads.</summary>
internal abstract class BoundExpression
{
    /// <summary>The CLR type of the value (the non-nullable underlying type for value types; bool for conditions).</summary>
    public abstract Type Type { get; }

    /// <summary>The source text of this node.</summary>
    public abstract string Text { get; }
}

/// <summary>The names an expression can see: the inputs, then global params, then local params (later shadows earlier is an error reported by the workflow layer).</summary>
internal sealed class ExpressionEnvironment
{
    /// <summary>Input i is read from args[i] at evaluation.</summary>
    public static ExpressionEnvironment ForInputs(IReadOnlyList<RuleInput> inputs) => throw new NotImplementedException();

    /// <summary>A new environment that also has a named scoped param (GlobalParams/LocalParams) bound to an expression.</summary>
    public ExpressionEnvironment WithParameter(string name, BoundExpression value) => throw new NotImplementedException();

    /// <summary>True when the name is an input or param of this environment (case-insensitive).</summary>
    public bool Contains(string name) => throw new NotImplementedException();
}

internal static class ExpressionFrontEnd
{
    /// <summary>Lexes, parses and binds; returns null when any error was added to diagnostics.</summary>
    public static BoundExpression? Bind(string text, ExpressionEnvironment environment, ExpressionLimits limits, ICollection<ExpressionDiagnostic> diagnostics)
        => throw new NotImplementedException();

    /// <summary>A constant of the target type made from a host value (e.g. a threshold override); false with an error message when it cannot be converted.</summary>
    public static bool TryCreateConstant(object? value, Type targetType, out BoundExpression? constant, out string? error)
        => throw new NotImplementedException();
}

internal static class ExpressionCompiler
{
    /// <summary>Compiles a boolean expression once; the delegate is thread-safe and allocation-free for scalar comparisons.</summary>
    public static Func<object?[], Truth> CompilePredicate(BoundExpression condition, TruthMode mode) => throw new NotImplementedException();

    /// <summary>Compiles a value expression (OutputExpression, message placeholders); null when the value is missing or null.</summary>
    public static Func<object?[], object?> CompileValue(BoundExpression value) => throw new NotImplementedException();
}

internal static class ExpressionExplainer
{
    /// <summary>Evaluates with the reference interpreter and records every node's value: the slow path, run only on request.</summary>
    public static ConditionExplanation Explain(BoundExpression expression, object?[] args, TruthMode mode) => throw new NotImplementedException();

    /// <summary>The input paths that were missing, such as patient.DexaTScoreMin or imaging.Levels[1].TranslationMm, distinct, in reading order.</summary>
    public static IReadOnlyList<string> MissingInputs(BoundExpression expression, object?[] args) => throw new NotImplementedException();
}
