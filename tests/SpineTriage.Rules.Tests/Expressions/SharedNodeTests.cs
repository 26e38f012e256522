using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// The nodes the environments of one load share (ExpressionEnvironment): an equal node bound again is the same node, and
/// a node whose text is taken by a different one (another type, another operand behind the same name) is its own node and
/// evaluates as its own.
/// </summary>
public sealed class SharedNodeTests
{
    private static readonly RuleInput[] Inputs = [new("person", typeof(Person)), new("other", typeof(Person))];

    [Fact]
    public void An_equal_condition_bound_again_is_the_same_node()
    {
        var environment = ExpressionEnvironment.ForInputs(Inputs);

        var first = Bind("person.Age > 1", environment);
        var again = Bind("person.Age > 1 && person.Smoker == true", environment);

        Assert.Same(first, Assert.IsType<BoundBinary>(again).Left);
    }

    [Fact]
    public void A_literal_with_the_text_of_a_literal_of_another_type_is_its_own_node()
    {
        var environment = ExpressionEnvironment.ForInputs(Inputs);

        var ints = Assert.IsType<BoundConstant>(Bind("1", environment));
        var doubles = Assert.IsType<BoundConstant>(ExpressionFrontEnd.Bind("person.Bmi > 1", environment, ExpressionLimits.Default, [])!.ChildAt(1));

        Assert.Same(ints, Bind("1", environment));
        Assert.Equal(typeof(int), ints.Type);
        Assert.Equal(typeof(double), doubles.Type);
        Assert.Equal(1.0, doubles.Value);
        Assert.Equal(ints.Text, doubles.Text);
    }

    [Fact]
    public void The_same_text_over_a_different_param_is_not_shared_and_reads_its_own_param()
    {
        var root = ExpressionEnvironment.ForInputs(Inputs);
        var low = root.WithParameter("limit", Bind("65", root));
        var high = root.WithParameter("limit", Bind("70", root));

        var overLow = Bind("person.Age > limit", low);
        var overHigh = Bind("person.Age > limit", high);

        Assert.NotSame(overLow, overHigh);
        object?[] args = [new Person { Age = 68 }, null];
        Assert.Equal(Truth.True, EvaluateMode.TruthOf(EvaluateMode.Walker(args, TruthMode.ThreeValued).Truth(overLow)));
        Assert.Equal(Truth.False, EvaluateMode.TruthOf(EvaluateMode.Walker(args, TruthMode.ThreeValued).Truth(overHigh)));
    }

    [Fact]
    public void Reads_of_different_inputs_with_equal_members_are_different_nodes()
    {
        var environment = ExpressionEnvironment.ForInputs(Inputs);

        var mine = Bind("person.Age > 1", environment);
        var theirs = Bind("other.Age > 1", environment);

        Assert.NotSame(mine, theirs);
        Assert.Same(((BoundBinary)mine).Right, ((BoundBinary)theirs).Right);
    }

    private static BoundExpression Bind(string text, ExpressionEnvironment environment) =>
        ExpressionFixture.MustBind(text, environment);
}
