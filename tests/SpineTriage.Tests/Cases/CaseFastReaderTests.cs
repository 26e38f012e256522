using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Cases;
using SpineTriage.Cases.Json;

namespace SpineTriage.Tests.Cases;

// The hand-written reader of plainly written cases against the source-generated deserializer it stands in front of: a
// case it reads is the case the deserializer makes of the same text, and it gives up on anything it does not read the
// way the deserializer does.
public sealed partial class CaseFastReaderTests
{
    private static readonly string[] Seeds = [.. RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText).Select(WithoutSchema)];

    /// <summary>The case model written with infinities allowed (a number too large for a double reads as one, and the range checks refuse it after).</summary>
    private static readonly JsonSerializerOptions Comparable = new(CaseJsonContext.Default.Options) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static readonly string[] Replacements =
    [
        "null", "-1", "0", "7", "1.5", "-0", "1e2", "1E-3", "1e999999", "2147483648", "-2147483649", "true", "false", "\"\"", "\"x\"", "[]", "{}",
        "[null]", "[{}]", "[{}, null]", "\"female\"", "\"Female\"", "\"f\\u0065male\"", "\"never\"", "\"mild\"", "\"severe\"", "\"L4-L5\"",
        "\"L4\\u002dL5\"", "[\"fever\"]", "[\"fever\", \"fever\"]", "[\"Fever\"]", "[{\"type\": \"esi\"}]", "[{\"type\": \"esi\", \"response\": null}]",
        "{\"level\": \"L4-L5\"}", "[{\"level\": \"L4-L5\", \"level\": \"L5-S1\"}]",
    ];

    [Fact]
    public void Every_seed_and_a_case_with_every_field_set_are_read_as_the_deserializer_reads_them()
    {
        // A member added to the model or renamed, and not to the reader, leaves it giving up on every case.
        Assert.True(CaseFastReader.MatchesModel, "CaseFastReader does not read the case model's members: change it with the model.");

        // Without this, a reader that always gave up would pass the comparisons below.
        foreach (var json in Seeds.Append(PatientCaseJson.Write(FullCase.Create())).Append(PatientCaseJson.Write(FullCase.Create(), indented: false)))
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            var read = CaseFastReader.TryRead(utf8);
            Assert.NotNull(read);
            Assert.Equal(Describe(Deserialized(utf8)!), Describe(read));
        }
    }

    // Varied cases: 400 in the plain test run, 5,000 under SPINETRIAGE_DEEP=1.
    [ReplayableProperty(quick: 400, deep: 5_000)]
    public Property A_case_the_reader_takes_is_the_case_the_deserializer_makes()
    {
        var varied = Gen.Choose(0, int.MaxValue).Select(seed => Vary(new Random(seed)));
        return Prop.ForAll(varied.ToArbitrary(), json =>
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            if (CaseFastReader.TryRead(utf8) is { } read)
            {
                Assert.Equal(Describe(Deserialized(utf8) ?? throw new InvalidOperationException($"The deserializer refused what the reader took: {json}")), Describe(read));
            }
        });
    }

    [Theory]
    [InlineData("{\"$schema\": \"./case.schema.json\"}")]
    [InlineData("{\"patient\": {\"\\u0061ge\": 40}}")]
    [InlineData("{\"patient\": {\"age\": 40, \"age\": 41}}")]
    [InlineData("{\"patient\": {\"Age\": 40}}")]
    [InlineData("{\"patient\": {\"height\": 170}}")]
    [InlineData("{\"patient\": {\"age\": 40.5}}")]
    [InlineData("{\"patient\": {\"age\": \"40\"}}")]
    [InlineData("{\"patient\": {\"sex\": \"Female\"}}")]
    [InlineData("{\"patient\": {\"sex\": 1}}")]
    [InlineData("{\"patient\": []}")]
    [InlineData("{\"imaging\": {\"levels\": [null]}}")]
    [InlineData("{\"symptoms\": {\"redFlags\": [null]}}")]
    [InlineData("{\"patient\": {\"age\": 40}} {}")]
    [InlineData("{\"patient\": {\"age\": 40}")]
    [InlineData("{\"imaging\": {\"levels\": [{\"level\": \"\\ud800\"}]}}")]
    [InlineData("null")]
    [InlineData("")]
    public void It_gives_up_on_what_it_does_not_read_as_the_deserializer_does(string json) =>
        Assert.Null(CaseFastReader.TryRead(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("{\"patient\": {\"age\": 40}} // a comment")]
    [InlineData("{\"patient\": {\"age\": 40, }, }")]
    [InlineData("{\"patient\": null, \"imaging\": {\"levels\": []}, \"symptoms\": {\"redFlags\": null}}")]
    [InlineData("{\"imaging\": {\"levels\": [{\"level\": \"L4\\u002dL5\"}]}}")]
    public void Comments_trailing_commas_nulls_and_escaped_values_are_read_as_the_deserializer_reads_them(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var read = CaseFastReader.TryRead(utf8);
        Assert.NotNull(read);
        Assert.Equal(Describe(Deserialized(utf8)!), Describe(read));
    }

    [Fact]
    public void Giving_up_inside_an_envelope_leaves_the_reader_where_it_was()
    {
        var utf8 = Encoding.UTF8.GetBytes("{\"patient\": {\"age\": 40, \"unknown\": 1}}");
        var reader = new Utf8JsonReader(utf8, CaseJsonLimits.ReaderOptions);
        reader.Read();

        Assert.Null(CaseFastReader.TryRead(ref reader));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(0, reader.TokenStartIndex);
    }

    private static string Describe(PatientCase patientCase) => JsonSerializer.Serialize(patientCase, Comparable.GetTypeInfo(typeof(PatientCase)));

    private static PatientCase? Deserialized(byte[] utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, CaseJsonReading.PatientCase);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string WithoutSchema(string json) => SchemaMember().Replace(json, string.Empty);

    /// <summary>A seed with up to three values replaced or members removed.</summary>
    private static string Vary(Random random)
    {
        var json = Seeds[random.Next(Seeds.Length)];
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            var colon = json.IndexOf("\":", random.Next(json.Length + 1), StringComparison.Ordinal);
            var end = colon < 0 ? -1 : json.IndexOfAny([',', '}', '\n'], colon + 2);
            if (end < 0)
            {
                continue;
            }

            var nameStart = json.LastIndexOf('"', colon - 1);
            json = random.Next(3) == 0 && json[end] == ','
                ? string.Concat(json.AsSpan(0, nameStart), json.AsSpan(end + 1))
                : string.Concat(json.AsSpan(0, colon + 2), " ", Replacements[random.Next(Replacements.Length)], json.AsSpan(end));
        }

        return json;
    }

    [GeneratedRegex("\"\\$schema\"\\s*:\\s*\"[^\"]*\"\\s*,?")]
    private static partial Regex SchemaMember();
}
