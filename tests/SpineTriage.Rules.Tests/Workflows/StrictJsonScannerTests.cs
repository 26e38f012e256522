using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Security;
using SpineTriage.Rules.Tests.Workload;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Tests.Workflows;

/// <summary>The fast path gives exactly the reader's tree, or leaves the file to the reader; it never accepts what the reader refuses.</summary>
public sealed class StrictJsonScannerTests
{
    private const int MaxDepth = 64;

    public static TheoryData<string> PlainJson =>
    [
        "{}", "[]", " \r\n\t{ \"a\" : [ 1 , -2.5e+3 , 0 , -0 , 1E-2 , true , false , null ] } \n", "\"text\"", "12", "[[[]]]",
        "{\"a\":\"\\\"quoted\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u0000\\u20AC\"}", "{\"é€😀\":\"ü\\\"€\"}", "{\"a\":1,\"a\":2}",
        TwentyRuleWorkload.Json, WorkflowFuzzTests.Featured,
    ];

    public static TheoryData<string> LeftToTheReader =>
    [
        "", " ", "{,}", "[1,]", "{\"a\":1,}", "// comment\n{}", "{} /* trailing */", "[01]", "[1.]", "[.5]", "[+1]", "[-]", "[1e]", "[1e+]",
        "[tru]", "[truex]", "[nul]", "[\"\\ud800\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"a\tb\"]", "[\"open]", "{\"a\" 1}", "{\"a\":}", "{} {}",
        "[1 2]", "\f[]", "[NaN]", "[Infinity]", "{1:2}", new string('[', MaxDepth + 1) + new string(']', MaxDepth + 1),
    ];

    [Theory]
    [MemberData(nameof(PlainJson))]
    public void Plain_json_scans_to_the_tree_the_reader_gives(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var scanned = StrictJsonScanner.TryScan(utf8, MaxDepth);

        Assert.NotNull(scanned);
        Assert.Equal(Render(ReaderTree(utf8)!.Value), Render(scanned.Value));
    }

    [Theory]
    [MemberData(nameof(LeftToTheReader))]
    public void Json_outside_the_plain_subset_is_left_to_the_reader(string json)
    {
        Assert.Null(StrictJsonScanner.TryScan(Encoding.UTF8.GetBytes(json), MaxDepth));
    }

    [Fact]
    public void Example_and_default_pack_rule_files_scan_to_the_tree_the_reader_gives()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "rules", "red-flags.json")))
        {
            repository = repository.Parent ?? throw new InvalidOperationException("The repository's rules folder was not found above the test binaries.");
        }

        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Workflows", "Examples"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(repository.FullName, "rules"), "*.json"));
        foreach (var file in files)
        {
            Plain_json_scans_to_the_tree_the_reader_gives(File.ReadAllText(file));
        }
    }

    [ReplayableProperty(quick: 500, deep: 1_500, CountVariable = ReplayablePropertyAttribute.FuzzCountVariable)]
    public Property Damaged_rule_files_scan_to_the_reader_tree_or_are_left_to_the_reader()
    {
        string[] bases = [TwentyRuleWorkload.Json, WorkflowFuzzTests.Featured];
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return RuleFileMutator.Damage(bases[random.Next(bases.Length)], random);
        });

        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            var scanned = StrictJsonScanner.TryScan(utf8, MaxDepth);
            var read = ReaderTree(utf8);
            Assert.True(scanned is null || (read is not null && Render(read.Value) == Render(scanned.Value)), json);
        });
    }

    private static LocatedValue? ReaderTree(byte[] utf8) => LocatedJsonParser.ParseWithReader(utf8, new LineMap(utf8), "f.json", MaxDepth, out _);

    private static string Render(LocatedValue value)
    {
        var text = new StringBuilder();
        Render(value, text);
        return text.ToString();
    }

    private static void Render(LocatedValue value, StringBuilder text)
    {
        text.Append($"{value.Kind}@{value.Start}-{value.End}:{value.Text}|{value.FirstEscapeIndex}(");
        foreach (var property in value.Properties)
        {
            text.Append($"{property.Name}@{property.NameStart}=");
            Render(property.Value, text);
        }

        foreach (var item in value.Items)
        {
            Render(item, text);
        }

        text.Append(')');
    }
}
