using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>Binds expressions over a Person input named 'person' (and 'other', a second Person, and 'hostile'), with params 'threshold' = 65 and 'minBmi' = 30.5, and <see cref="HostFunctions"/> registered.</summary>
internal static class ExpressionFixture
{
    public static readonly RuleInput[] Inputs = [new("person", typeof(Person)), new("other", typeof(Person)), new("hostile", typeof(Hostile))];

    public static ExpressionEnvironment Environment { get; } = CreateEnvironment();

    private static ExpressionEnvironment CreateEnvironment()
    {
        var environment = ExpressionEnvironment.ForInputs(Inputs, [typeof(HostFunctions)]);
        environment = environment.WithParameter("threshold", MustBind("65", environment));
        return environment.WithParameter("minBmi", MustBind("30.5", environment));
    }

    public static BoundExpression MustBind(string text, ExpressionEnvironment? environment = null)
    {
        var diagnostics = new List<ExpressionDiagnostic>();
        var bound = ExpressionFrontEnd.Bind(text, environment ?? Environment, ExpressionLimits.Default, diagnostics);
        Assert.True(bound is not null, $"'{text}' did not bind: {string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
        return bound!;
    }

    public static ExpressionDiagnostic BindError(string text, ExpressionLimits? limits = null)
    {
        var diagnostics = new List<ExpressionDiagnostic>();
        var bound = ExpressionFrontEnd.Bind(text, Environment, limits ?? ExpressionLimits.Default, diagnostics);
        Assert.Null(bound);
        return Assert.Single(diagnostics);
    }

    /// <summary>The compiled truth, after checking that the tree walker agrees in its explain and evaluate (first tier) modes.</summary>
    public static Truth Evaluate(string text, Person? person, TruthMode mode = TruthMode.ThreeValued, Person? other = null)
    {
        var bound = MustBind(text);
        object?[] args = [person, other, null];
        var compiled = ExpressionCompiler.CompilePredicate(bound, mode)(args);
        Assert.Equal(ExplainMode.Walker(args, mode).Truth(bound).AsTruth, compiled);
        Assert.Equal(compiled, EvaluateMode.TruthOf(EvaluateMode.Walker(args, mode).Truth(bound)));
        return compiled;
    }

    public static object? Value(string text, Person? person)
    {
        var bound = MustBind(text);
        object?[] args = [person, null, null];
        var compiled = ExpressionCompiler.CompileValue(bound)(args);
        Assert.Equal(ExplainMode.Walker(args, TruthMode.ThreeValued).Value(bound).AsValue, compiled);
        Assert.Equal(compiled, EvaluateMode.Walker(args, TruthMode.ThreeValued).Value(bound));
        return compiled;
    }
}
