using Microsoft.AspNetCore.Http;

namespace SpineTriage.CdsHooks;

/// <summary>
/// Reads a request body up to a limit, whatever the server: Kestrel also enforces the endpoint's limit, but a server
/// without <c>IHttpMaxRequestBodySizeFeature</c> (an in-process test server, a custom host) would read any length.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (declared or read).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>The answer to a body over the limit: 413 with an OperationOutcome.</summary>
    public static IResult TooLarge(long maxBytes) => Results.Content(
        OperationOutcomes.Of(Hl7.Fhir.Model.OperationOutcome.IssueType.TooLong, $"The request body is larger than {maxBytes:N0} bytes."),
        OperationOutcomes.MediaType, statusCode: StatusCodes.Status413PayloadTooLarge);
}
