using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionEvaluationProperties
{
    private static readonly Arbitrary<(string Text, Person Person)> Cases =
        TypedExpressionGenerators.Conditions(nullTests: true).SelectMany(text => PersonGenerators.People.Select(person => (text, person))).ToArbitrary();

    /// <summary>The truth, or the exception's type and message: every tier must fail the same way (issue 12, item 10).</summary>
    private static string Outcome(Func<Truth> evaluate)
    {
        try
        {
            return evaluate().ToString();
        }
        catch (Exception exception) when (exception is ArithmeticException or InvalidOperationException)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    [ReplayableProperty(600)]
    public Property Compiled_delegates_agree_with_the_walker_explaining_in_three_valued_mode() => CompiledAgreesWithExplaining(TruthMode.ThreeValued);

    [ReplayableProperty(600)]
    public Property Compiled_delegates_agree_with_the_walker_explaining_in_two_valued_mode() => CompiledAgreesWithExplaining(TruthMode.TwoValued);

    [ReplayableProperty(600)]
    public Property The_walker_evaluating_agrees_with_compiled_delegates_in_three_valued_mode() => EvaluatingAgreesWithCompiled(TruthMode.ThreeValued);

    [ReplayableProperty(600)]
    public Property The_walker_evaluating_agrees_with_compiled_delegates_in_two_valued_mode() => EvaluatingAgreesWithCompiled(TruthMode.TwoValued);

    private static Property EvaluatingAgreesWithCompiled(TruthMode mode) =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            var compiled = Outcome(() => ExpressionCompiler.CompilePredicate(bound, mode)(args));
            var walked = Outcome(() => EvaluateMode.TruthOf(EvaluateMode.Walker(args, mode).Truth(bound)));
            return (compiled == walked).Label($"{testCase.Text}: compiled {compiled}, walked {walked}");
        });

    private static Property CompiledAgreesWithExplaining(TruthMode mode) =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            var compiled = Outcome(() => ExpressionCompiler.CompilePredicate(bound, mode)(args));
            var explained = Outcome(() => ExplainMode.Walker(args, mode).Truth(bound).AsTruth);
            return (compiled == explained).Label($"{testCase.Text}: compiled {compiled}, explained {explained}");
        });

    [ReplayableProperty(400)]
    public Property Missing_inputs_are_listed_exactly_when_the_result_is_unknown_and_two_valued_never_is() =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            try
            {
                var truth = ExpressionCompiler.CompilePredicate(bound, TruthMode.ThreeValued)(args);
                var twoValued = ExpressionCompiler.CompilePredicate(bound, TruthMode.TwoValued)(args);
                var missing = ExpressionExplainer.MissingInputs(bound, args);
                return (twoValued != Truth.Unknown && (truth == Truth.Unknown || missing.Count == 0)
                    && missing.All(path => path.StartsWith("person", StringComparison.Ordinal))).Label($"{testCase.Text}: {truth}, [{string.Join(", ", missing)}]");
            }
            catch (ArithmeticException exception)
            {
                return true.Label(exception.GetType().Name);
            }
        });

    /// <summary>
    /// The missing mode (behind every rule's missing-input list) lists exactly the paths the explain mode's record of the
    /// root lists, in the same order, and fails the same way: it is the explain mode without records or operands.
    /// </summary>
    [ReplayableProperty(600)]
    public Property The_missing_mode_lists_the_same_paths_as_the_explain_mode() =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            var explained = Paths(() =>
            {
                var evaluation = ExplainMode.Walker(args, TruthMode.ThreeValued).Truth(bound);
                return (evaluation.AsTruth, evaluation.IsMissing ? evaluation.Missing : []);
            });
            var found = Paths(() =>
            {
                var result = MissingMode.Walker(args).Truth(bound);
                return (result.AsValue is bool b ? (b ? Truth.True : Truth.False) : Truth.Unknown, result.IsMissing ? result.Missing : []);
            });
            return (explained == found).Label($"{testCase.Text}: explained {explained}, missing mode {found}");
        });

    private static string Paths(Func<(Truth Truth, IReadOnlyList<string> Missing)> walk)
    {
        try
        {
            var (truth, missing) = walk();
            return $"{truth} [{string.Join(", ", missing)}]";
        }
        catch (Exception exception) when (exception is ArithmeticException or InvalidOperationException)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }
}
