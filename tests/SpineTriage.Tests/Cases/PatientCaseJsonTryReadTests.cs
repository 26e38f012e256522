using System.Text;
using System.Text.Json;
using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

// The public one-pass reads and the one-line write, as a host reading a JSON Lines cohort uses them.
public sealed class PatientCaseJsonTryReadTests
{
    private static readonly string FullJson = PatientCaseJson.Write(FullCase.Create());

    [Fact]
    public void A_valid_case_is_read_the_same_as_Read_reads_it()
    {
        Assert.True(PatientCaseJson.TryRead(Encoding.UTF8.GetBytes(FullJson), out var patientCase));

        Assert.Equal(PatientCaseJson.Write(PatientCaseJson.Read(FullJson).Case!), PatientCaseJson.Write(patientCase));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(FullJson)];

        Assert.True(PatientCaseJson.TryRead(utf8, out var patientCase));
        Assert.Equal(FullJson, PatientCaseJson.Write(patientCase));
    }

    [Theory]
    [InlineData("""{"patient":{"agee":40}}""")]
    [InlineData("""{"patient":{"age":150}}""")]
    [InlineData("""{"symptoms":{"durationWeeks":"twelve"}}""")]
    [InlineData("""{"imaging":{"levels":[null]}}""")]
    [InlineData("""{"patient":{"age":40}""")]
    [InlineData("null")]
    [InlineData("")]
    public void A_case_Read_refuses_gives_false_and_no_case(string json)
    {
        Assert.False(PatientCaseJson.TryRead(Encoding.UTF8.GetBytes(json), out var patientCase));

        Assert.Null(patientCase);
        Assert.False(PatientCaseJson.Read(json).Succeeded);
    }

    [Fact]
    public void A_case_over_the_size_limit_gives_false()
    {
        var padded = FullJson[..^1] + new string(' ', PatientCaseJson.MaxCaseBytes) + "}";

        Assert.False(PatientCaseJson.TryRead(Encoding.UTF8.GetBytes(padded), out _));
        Assert.False(PatientCaseJson.Read(padded).Succeeded);
    }

    [Fact]
    public void The_case_inside_an_envelope_is_read_where_it_stands_and_the_reader_goes_on()
    {
        var line = Encoding.UTF8.GetBytes($$"""{"case":{{PatientCaseJson.Write(FullCase.Create(), indented: false)}},"id":"a1"}""");
        var reader = new Utf8JsonReader(line);
        reader.Read();
        reader.Read();
        reader.Read();

        Assert.True(PatientCaseJson.TryRead(ref reader, out var patientCase));
        Assert.Equal(FullJson, PatientCaseJson.Write(patientCase));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.True(reader.Read());
        Assert.True(reader.ValueTextEquals("id"u8));
    }

    [Fact]
    public void A_bad_case_inside_an_envelope_gives_false()
    {
        var reader = new Utf8JsonReader("""{"case":{"patient":{"agee":40}}}"""u8);
        reader.Read();
        reader.Read();
        reader.Read();

        Assert.False(PatientCaseJson.TryRead(ref reader, out var patientCase));
        Assert.Null(patientCase);
    }

    [Fact]
    public void One_line_json_has_no_line_break_or_indentation_and_reads_back_the_same_case()
    {
        var line = PatientCaseJson.Write(FullCase.Create(), indented: false);

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain(": ", line, StringComparison.Ordinal);
        Assert.Equal(FullJson, PatientCaseJson.Write(PatientCaseJson.Parse(line)));
        Assert.Equal(FullJson, PatientCaseJson.Write(FullCase.Create(), indented: true));
        Assert.Throws<ArgumentNullException>(() => PatientCaseJson.Write(null!, indented: false));
    }
}
