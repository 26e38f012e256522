using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>The tree walker's property reads (<see cref="PropertyGetters"/>): the same values and exceptions as reflection.</summary>
public sealed class PropertyGettersTests
{
    private interface IMeasured
    {
        double? Value { get; }
    }

    [Fact]
    public void A_class_property_reads_its_value_boxed_and_null_as_null()
    {
        var getter = PropertyGetters.Of(typeof(Reading).GetProperty(nameof(Reading.Value))!);
        Assert.Equal(4.5, getter(new Reading(4.5)));
        Assert.Null(getter(new Reading(null)));
    }

    [Fact]
    public void An_interface_property_reads_through_the_implementation()
    {
        var getter = PropertyGetters.Of(typeof(IMeasured).GetProperty(nameof(IMeasured.Value))!);
        Assert.Equal(2.0, getter(new Reading(2.0)));
    }

    [Fact]
    public void A_getter_that_throws_throws_its_own_exception_not_a_wrapper()
    {
        var getter = PropertyGetters.Of(typeof(Reading).GetProperty(nameof(Reading.Failing))!);
        Assert.Throws<InvalidOperationException>(() => getter(new Reading(1.0)));
    }

    [Fact]
    public void A_value_type_declaring_the_property_is_read_by_reflection()
    {
        var getter = PropertyGetters.Of(typeof(Pair).GetProperty(nameof(Pair.Left))!);
        Assert.Equal(3, getter(new Pair(3)));
    }

    [Fact]
    public void The_getter_is_made_once_per_property()
    {
        var property = typeof(Reading).GetProperty(nameof(Reading.Value))!;
        Assert.Same(PropertyGetters.Of(property), PropertyGetters.Of(property));
    }

    private sealed class Reading(double? value) : IMeasured
    {
        public double? Value { get; } = value;

        public int Failing => throw new InvalidOperationException("host getter failed");
    }

    private readonly struct Pair(int left)
    {
        public int Left { get; } = left;
    }
}
