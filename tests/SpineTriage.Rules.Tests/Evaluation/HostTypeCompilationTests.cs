using System.Collections.ObjectModel;
using SpineTriage.Rules.Evaluation;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>
/// How compiled rules treat the host's types: a null test is a reference test, never the type's own == operator, and
/// lists typed as interfaces give the same answers whatever their concrete type (array and List&lt;T&gt; are read
/// directly, anything else through the interface).
/// </summary>
public sealed class HostTypeCompilationTests
{
    private const string ListRules = """
        {"RuleName":"AnyBig","Expression":"shelf.Items.Any(i => i.Size > 3)"},
        {"RuleName":"AllSmall","Expression":"shelf.Items.All(i => i.Size < 10)"},
        {"RuleName":"TwoBig","Expression":"shelf.Items.Count(i => i.Size > 3) == 2"},
        {"RuleName":"SumOver10","Expression":"shelf.Items.Sum(i => i.Size) > 10"},
        {"RuleName":"HasCode7","Expression":"shelf.Codes.Contains(7)"},
        {"RuleName":"ThreeCodes","Expression":"shelf.Codes.Count() == 3"},
        {"RuleName":"MaxCode9","Expression":"shelf.Codes.Max(c => c) == 9"},
        {"RuleName":"AnyMutable","Expression":"shelf.Mutable.Any(i => i.Kind == \"b\")"}
        """;

    public static TheoryData<string> ListKinds => ["array", "list", "derived list", "read-only collection", "custom", "empty array", "empty list"];

    [Fact]
    public void A_null_test_never_calls_the_inputs_equality_operator()
    {
        var workflow = RuleSet.LoadJson(TestRules.Workflow("""
            {"RuleName":"Present","Expression":"touchy != null && touchy.Value > 1"},
            {"RuleName":"Absent","Expression":"touchy == null"},
            {"RuleName":"Read","Expression":"touchy.Value == 2"}
            """), TouchyOptions()).GetWorkflow("W");
        var args = new object?[] { new Touchy { Value = 2 } };

        foreach (var outcomes in AllTiers(workflow, args))
        {
            Assert.Equal([Met, NotMet, Met], outcomes);
        }

        var result = workflow.Evaluate(args);
        Assert.All(result.Results, r => Assert.Null(r.ExceptionMessage));
    }

    [Theory]
    [MemberData(nameof(ListKinds))]
    public void Lists_typed_as_interfaces_give_the_same_outcomes_whatever_their_concrete_type(string kind)
    {
        var workflow = RuleSet.LoadJson(TestRules.Workflow(ListRules), ShelfOptions()).GetWorkflow("W");
        var shelf = Shelf.Of(kind);
        var expected = Expected(shelf);

        foreach (var outcomes in AllTiers(workflow, [shelf]))
        {
            Assert.Equal(expected, outcomes);
        }
    }

    /// <summary>The outcomes the rules must have, computed here with LINQ (an empty Max is missing: Unknown).</summary>
    private static byte[] Expected(Shelf shelf)
    {
        var sizes = shelf.Items.Select(i => i.Size).ToList();
        return
        [
            Of(sizes.Any(s => s > 3)),
            Of(sizes.All(s => s < 10)),
            Of(sizes.Count(s => s > 3) == 2),
            Of(sizes.Sum() > 10),
            Of(shelf.Codes.Contains(7)),
            Of(shelf.Codes.Count == 3),
            shelf.Codes.Count == 0 ? Unknown : Of(shelf.Codes.Max() == 9),
            Of(shelf.Mutable.Any(i => i.Kind == "b")),
        ];
    }

    /// <summary>Outcome bytes (truth + 1) from the interpreted rules, the JIT-compiled chunks and rule-by-rule evaluation.</summary>
    private static IEnumerable<byte[]> AllTiers(Workflow workflow, object?[] args)
    {
        var plan = workflow.Plan;
        foreach (var tier in CompiledPlanTests.AllTiers(plan, CompiledPlanTests.CompiledChunks(plan), args))
        {
            yield return tier;
        }

        string?[]? exceptions = null;
        yield return plan.EvaluateRuleByRule(args, ref exceptions);
        Assert.Null(exceptions);
    }

    private const byte NotMet = (byte)(Truth.False + 1);
    private const byte Met = (byte)(Truth.True + 1);
    private const byte Unknown = (byte)(Truth.Unknown + 1);

    private static byte Of(bool value) => value ? Met : NotMet;

    private static RuleSetOptions TouchyOptions()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("touchy", typeof(Touchy)));
        return options;
    }

    private static RuleSetOptions ShelfOptions()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("shelf", typeof(Shelf)));
        return options;
    }

    /// <summary>A host type whose equality operators throw: a compiled null test that used them would make every rule Unknown.</summary>
#pragma warning disable CS0660, CS0661 // Equals/GetHashCode are not the point here.
    public sealed class Touchy
#pragma warning restore CS0660, CS0661
    {
        public int Value { get; init; }

        public static bool operator ==(Touchy? left, Touchy? right) => throw new InvalidOperationException("operator == was called");

        public static bool operator !=(Touchy? left, Touchy? right) => throw new InvalidOperationException("operator != was called");
    }

    public sealed class Shelf
    {
        public required IReadOnlyList<TestItem> Items { get; init; }

        public required IReadOnlyList<int> Codes { get; init; }

        public required IList<TestItem> Mutable { get; init; }

        public static Shelf Of(string kind)
        {
            TestItem[] items = [new() { Size = 4 }, new() { Size = 2, Kind = "b" }, new() { Size = 5 }];
            int[] codes = [3, 7, 9];
            return kind switch
            {
                "array" => new() { Items = items, Codes = codes, Mutable = items },
                "list" => new() { Items = [.. items], Codes = new List<int>(codes), Mutable = new List<TestItem>(items) },
                "derived list" => new() { Items = new DerivedList<TestItem>(items), Codes = new DerivedList<int>(codes), Mutable = new DerivedList<TestItem>(items) },
                "read-only collection" => new() { Items = new ReadOnlyCollection<TestItem>(items), Codes = new ReadOnlyCollection<int>(codes), Mutable = new Collection<TestItem>(items) },
                "custom" => new() { Items = new CustomList<TestItem>(items), Codes = new CustomList<int>(codes), Mutable = new Collection<TestItem>([.. items]) },
                "empty array" => new() { Items = Array.Empty<TestItem>(), Codes = Array.Empty<int>(), Mutable = Array.Empty<TestItem>() },
                _ => new() { Items = new List<TestItem>(), Codes = new List<int>(), Mutable = new List<TestItem>() },
            };
        }
    }

    private sealed class DerivedList<T>(IEnumerable<T> items) : List<T>(items);

    private sealed class CustomList<T>(T[] items) : IReadOnlyList<T>
    {
        public int Count => items.Length;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
