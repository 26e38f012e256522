using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.SampleHost;

/// <summary><c>POST /triage</c>: a case JSON in, the report JSON out; a refused case is a 400 with every problem located.</summary>
internal static class TriageEndpoint
{
    /// <summary>The most bytes of case JSON read from a request.</summary>
    private const int MaxCaseBytes = 1 << 20;

    public static async Task<IResult> HandleAsync(HttpRequest request, ITriageEngine engine)
    {
        if (request.ContentLength > MaxCaseBytes)
        {
            return Results.Problem($"A case is at most {MaxCaseBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            return Results.Text(ReportJsonRenderer.Render(engine.Evaluate(json)), "application/json");
        }
        catch (CaseValidationException refused)
        {
            return Results.Problem(
                string.Join('\n', refused.Problems.Select(p => p.ToString())),
                title: "The case was refused",
                statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
