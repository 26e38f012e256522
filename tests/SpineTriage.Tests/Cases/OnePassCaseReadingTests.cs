using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Cases;

// The one-pass read (deserialize, then locate problems only when there are any) against the read it replaced (the checker
// first, kept as PatientCaseJson.ReadCheckedFirst): on damaged seed cases, the same case or the same problems, each at the
// same place, and the UTF-8 entry the audit uses gives the same as the text entry.
public sealed class OnePassCaseReadingTests
{
    private static readonly string[] Seeds = [.. RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText)];

    private static readonly string[] Replacements =
    [
        "null", "-1", "1.5", "1e999999", "2147483648", "true", "\"\"", "[]", "{}", "[null]", "[{}, null]", "\"\\ud800\"",
        "\"Female\"", "\"FEMALE\"", "\"female, male\"", "\"1\"", "0", "\"f\\u0065male\"", "\"saddleAnesthesia\"", "[\"SaddleAnesthesia\"]",
        "[\"fever\", \"fever\"]", "\"L4-L5\"", "\"l4-l5\"", "{\"level\": \"L4-L5\"}", "[{\"type\": \"ESI\"}]", "[{\"type\": \"esi\", \"response\": null}]",
    ];

    private static readonly string[] SchemaValues = ["null", "1", "\"./case.schema.json\"", "[]", "\"\\ud800\""];

    // Damaged cases: 400 in the plain test run, 5,000 under SPINETRIAGE_DEEP=1.
    [ReplayableProperty(quick: 400, deep: 5_000)]
    public Property One_pass_read_gives_the_same_case_or_the_same_located_problems()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed => Damage(new Random(seed)));
        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var before = PatientCaseJson.ReadCheckedFirst(json, "case.json");
            var after = PatientCaseJson.Read(json, "case.json");
            var utf8 = PatientCaseJson.ReadUtf8(Encoding.UTF8.GetBytes(json), "case.json");
            Assert.Equal(Describe(before), Describe(after));
            Assert.Equal(Describe(before), Describe(utf8));
        });
    }

    [Theory]
    [InlineData("{\"$schema\": null}")]
    [InlineData("{\"$schema\": \"a\", \"$schema\": \"b\"}")]
    [InlineData("{\"patient\": {\"sex\": \"Female\"}}")]
    [InlineData("{\"patient\": {\"sex\": \"female, male\"}}")]
    [InlineData("{\"symptoms\": {\"redFlags\": [\"Fever\"]}}")]
    [InlineData("{\"imaging\": {\"levels\": [null]}}")]
    [InlineData("{\"care\": {\"injections\": [{\"type\": \"esi\"}, null]}}")]
    [InlineData("null")]
    [InlineData("{\"patient\": {\"age\": 1e999999}}")]
    [InlineData("{\"imaging\": {\"levels\": [{\"level\": \"\\ud800\"}]}}")]
    [InlineData("\uFEFF{\"patient\": {\"age\": 40}}")]
    [InlineData("{\"patient\": {\"age\": 40}} // a comment")]
    public void Inputs_the_serializer_alone_would_take_are_refused_as_before(string json)
    {
        Assert.Equal(Describe(PatientCaseJson.ReadCheckedFirst(json, "case.json")), Describe(PatientCaseJson.Read(json, "case.json")));
        Assert.Equal(Describe(PatientCaseJson.ReadCheckedFirst(json, "case.json")), Describe(PatientCaseJson.ReadUtf8(Encoding.UTF8.GetBytes(json), "case.json")));
    }

    [Theory]
    [InlineData("{\"$schema\": null}")]
    [InlineData("{\"patient\": {\"sex\": \"Female\"}}")]
    [InlineData("{\"imaging\": {\"levels\": [null]}}")]
    [InlineData("{\"care\": {\"injections\": [null]}}")]
    public void Each_input_the_serializer_alone_would_take_is_refused(string json) =>
        Assert.False(PatientCaseJson.Read(json).Succeeded);

    [Fact]
    public void Bytes_that_are_not_utf8_read_as_their_decoded_text()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"imaging\": {\"levels\": [{\"level\": \"L4-L5\"}]}, \"x\u00e9\": 1}");
        bytes[^6] = 0xFF;
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(Describe(PatientCaseJson.Read(text, "c")), Describe(PatientCaseJson.ReadUtf8(bytes, "c")));
        Assert.False(PatientCaseJson.ReadUtf8(bytes, "c").Succeeded);
    }

    private static string Describe(CaseReadResult result) =>
        result.Case is { } patientCase
            ? "case " + PatientCaseJson.Write(patientCase)
            : string.Join("\n", result.Problems.Select(p => $"{p.File} {p.Line}:{p.Column} {p.Severity} {p.Code} {p.JsonPath} {p.Message}"));

    private static string Damage(Random random)
    {
        var json = Seeds[random.Next(Seeds.Length)];
        for (var n = random.Next(0, 3); n > 0; n--)
        {
            json = random.Next(6) switch
            {
                0 => Flip(json, random),
                1 => ReplaceSchema(json, random),
                2 => RecaseString(json, random),
                _ => ReplaceValue(json, random),
            };
        }

        return json;
    }

    private static string Flip(string json, Random random)
    {
        var chars = json.ToCharArray();
        chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
        return new string(chars);
    }

    private static string ReplaceSchema(string json, Random random)
    {
        var value = SchemaValues[random.Next(SchemaValues.Length)];
        return random.Next(2) == 0 ? json.Replace("\"$schema\": \"./case.schema.json\"", "\"$schema\": " + value, StringComparison.Ordinal) : json.Insert(1, "\"$schema\": " + value + ",");
    }

    /// <summary>Capitalizes the first letter of a random string value (an enum name, a level name).</summary>
    private static string RecaseString(string json, Random random)
    {
        var at = json.IndexOf(": \"", random.Next(json.Length + 1), StringComparison.Ordinal);
        return at < 0 || at + 3 >= json.Length ? json : string.Concat(json.AsSpan(0, at + 3), char.ToUpperInvariant(json[at + 3]).ToString(), json.AsSpan(at + 4));
    }

    private static string ReplaceValue(string json, Random random)
    {
        var colon = json.IndexOf("\":", random.Next(json.Length + 1), StringComparison.Ordinal);
        if (colon < 0)
        {
            return json;
        }

        var start = colon + 2;
        var end = json.IndexOfAny([',', '}', '\n'], start);
        return end < 0 ? json : string.Concat(json.AsSpan(0, start), " ", Replacements[random.Next(Replacements.Length)], json.AsSpan(end));
    }
}
