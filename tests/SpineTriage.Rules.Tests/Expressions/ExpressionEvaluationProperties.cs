using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionEvaluationProperties
{
    private static readonly Arbitrary<(string Text, Person Person)> Cases =
        TypedExpressionGenerators.Conditions(nullTests: true).SelectMany(text => PersonGenerators.People.Select(person => (text, person))).ToArbitrary();

    private static string Outcome(Func<Truth> evaluate)
    {
        try
        {
            return evaluate().ToString();
        }
        catch (OverflowException)
        {
            return "overflow";
        }
    }

    [ReplayableProperty(600)]
    public Property Compiled_delegates_agree_with_the_reference_interpreter_in_three_valued_mode() => CompiledAgreesWithInterpreter(TruthMode.ThreeValued);

    [ReplayableProperty(600)]
    public Property Compiled_delegates_agree_with_the_reference_interpreter_in_two_valued_mode() => CompiledAgreesWithInterpreter(TruthMode.TwoValued);

    [ReplayableProperty(600)]
    public Property The_lean_interpreter_agrees_with_compiled_delegates_in_three_valued_mode() => LeanAgreesWithCompiled(TruthMode.ThreeValued);

    [ReplayableProperty(600)]
    public Property The_lean_interpreter_agrees_with_compiled_delegates_in_two_valued_mode() => LeanAgreesWithCompiled(TruthMode.TwoValued);

    private static Property LeanAgreesWithCompiled(TruthMode mode) =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            var compiled = Outcome(() => ExpressionCompiler.CompilePredicate(bound, mode)(args));
            var lean = Outcome(() => new LeanInterpreter(args, mode).Truth(bound));
            return (compiled == lean).Label($"{testCase.Text}: compiled {compiled}, lean {lean}");
        });

    private static Property CompiledAgreesWithInterpreter(TruthMode mode) =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            object?[] args = [testCase.Person, null, null];
            var compiled = Outcome(() => ExpressionCompiler.CompilePredicate(bound, mode)(args));
            var interpreted = Outcome(() => new ReferenceInterpreter(args, mode).EvaluateCondition(bound).AsTruth);
            return (compiled == interpreted).Label($"{testCase.Text}: compiled {compiled}, interpreted {interpreted}");
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
            catch (OverflowException)
            {
                return true.Label("overflow");
            }
        });
}
