using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// The random expressions that the evaluator properties run on reach every kind of bound node, so a node kind the
/// tree walker or the delegate builder gets wrong cannot hide from those properties.
/// </summary>
public sealed class GeneratorCoverageTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_expression_generators_produce_every_bound_node_kind(bool nullTests)
    {
        var kinds = new HashSet<Type>();
        // One sample per seed, each at the largest size the property tests reach (nesting depth 3).
        var generator = TypedExpressionGenerators.Conditions(nullTests);
        var sample = Enumerable.Range(0, 1_000).Select(seed => generator.Sample(1, new Rnd((ulong)seed, 1_442_695_040_888_963_407UL), 100)[0]).ToList();
        Assert.True(sample.Distinct().Count() > 400, $"the sample repeats itself: {sample.Distinct().Count()} distinct");
        foreach (var text in sample)
        {
            Collect(ExpressionFixture.MustBind(text), kinds);
        }

        var everyKind = typeof(BoundExpression).Assembly.GetTypes()
            .Where(type => typeof(BoundExpression).IsAssignableFrom(type) && !type.IsAbstract)
            .Where(type => nullTests || type != typeof(BoundNullTest))
            .ToHashSet();
        Assert.Empty(everyKind.Except(kinds).Select(type => type.Name).Order());
    }

    private static void Collect(BoundExpression node, HashSet<Type> kinds)
    {
        kinds.Add(node.GetType());
        foreach (var child in node.Children)
        {
            Collect(child, kinds);
        }
    }
}
