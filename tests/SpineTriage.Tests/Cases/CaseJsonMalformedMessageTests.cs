using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

public sealed class CaseJsonMalformedMessageTests
{
    [Fact]
    public void An_invalid_literal_is_quoted_briefly_on_one_line_not_with_the_rest_of_the_file()
    {
        var result = PatientCaseJson.Read("{\n  \"symptoms\": {\n    \"radicular\": t ue\n  },\n  \"imaging\": {\n    \"ageMonths\": 2\n  }\n}");

        var message = Assert.Single(result.Problems).Message;
        Assert.DoesNotContain('\n', message);
        Assert.Contains("'t ue…' is an invalid JSON literal", message, StringComparison.Ordinal);
    }
}
