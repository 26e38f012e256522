using System.Text;
using System.Text.Json;
using SpineTriage.Citations;
using SpineTriage.Rules;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Tests.Citations;

public sealed class OffsetJsonParserTests
{
    private static (OffsetJsonValue? Root, Diagnostic? Error) Parse(string json, int maxDepth = 64)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var root = OffsetJsonParser.Parse(utf8, new LineMap(utf8), "references.json", maxDepth, out var error);
        return (root, error);
    }

    [Fact]
    public void Values_keep_their_offsets_names_and_raw_number_text()
    {
        var (root, error) = Parse("// note\n{ \"é\": [1.50e3, \"x\\u00e9\", null], }");

        Assert.Null(error);
        var property = Assert.Single(root!.Properties);
        Assert.Equal(("é", 10, 16), (property.Name, property.NameStart, property.Value.Start));
        Assert.Equal(["1.50e3", "xé", null], property.Value.Items.Select(i => i.Text));
        Assert.Equal(JsonValueKind.Null, property.Value.Items[2].Kind);
    }

    [Fact]
    public void Malformed_json_is_one_located_error()
    {
        var (root, error) = Parse("{\n  \"a\": tru }");

        Assert.Null(root);
        Assert.Equal((DiagnosticCodes.MalformedJson, 2, 11, "$"), (error!.Code, error.Line, error.Column, error.JsonPath));
        Assert.StartsWith("The file is not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_after_the_value_is_located_where_it_starts()
    {
        var (root, error) = Parse("{}\n  {}");

        Assert.Null(root);
        Assert.Equal((DiagnosticCodes.MalformedJson, 2, 3), (error!.Code, error.Line, error.Column));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_located_at_the_first_level_too_deep()
    {
        var (root, error) = Parse("[[[1]]]", maxDepth: 2);

        Assert.Null(root);
        Assert.Equal((DiagnosticCodes.JsonTooDeep, 1, 3), (error!.Code, error.Line, error.Column));
    }
}
