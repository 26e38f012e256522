using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage.Cases;

/// <summary>
/// Reads and writes <see cref="PatientCase"/> JSON (README "The case format"): camelCase names, enums as camelCase strings,
/// comments and trailing commas allowed, a top-level <c>"$schema"</c> string ignored; unknown or duplicate properties, wrong types, unknown enum names and
/// out-of-range or contradictory values are refused, every one reported with its JSON path, line and column.
/// </summary>
public static class PatientCaseJson
{
    /// <summary>The largest case JSON accepted, in UTF-8 bytes (1 MiB; a full case is a few kilobytes).</summary>
    public const int MaxCaseBytes = 1024 * 1024;

    /// <summary>Reads and validates a case; never throws for bad content.</summary>
    /// <param name="json">The case JSON text.</param>
    /// <param name="sourceName">The file or source name used in the problems, if any.</param>
    /// <returns>The case, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CaseReadResult Read(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) is var size && size > MaxCaseBytes)
        {
            return TooLarge(size, sourceName);
        }

        var text = json.AsSpan(json.StartsWith('\uFEFF') ? 1 : 0);
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented));
            return CaseFastPath.TryRead(utf8) is { } patientCase ? new CaseReadResult(patientCase, []) : ReadLocated(utf8.ToArray(), sourceName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads a valid case from UTF-8 JSON in one pass, without saying what is wrong when it is not: the fast path for many
    /// cases (a cohort, a queue). It gives a case only when <see cref="Read(string, string?)"/> gives the same one, and
    /// gives up on anything wrong or unusual; then <c>Read</c>, which locates every problem, decides.
    /// </summary>
    /// <param name="utf8">The case JSON as UTF-8, with or without a byte order mark; at most <see cref="MaxCaseBytes"/> bytes.</param>
    /// <param name="patientCase">The case when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the bytes are a valid case.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out PatientCase? patientCase)
    {
        var body = utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;
        patientCase = utf8.Length <= MaxCaseBytes ? CaseFastPath.TryRead(body) : null;
        return patientCase is not null;
    }

    /// <summary>
    /// Reads a valid case from the JSON value a reader is at, such as the case inside an envelope of a JSON Lines cohort
    /// (<c>{"id":"a1","case":{…}}</c>), without a second parse of the document. Like
    /// <see cref="TryRead(ReadOnlySpan{byte}, out PatientCase?)"/> it gives up on anything wrong or unusual. The size is not
    /// limited here: the caller, which owns the document, limits it (<see cref="MaxCaseBytes"/> for the case).
    /// </summary>
    /// <param name="reader">A reader at the first token of the case; on success, left at its last token. On failure its position is unspecified.</param>
    /// <param name="patientCase">The case when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the value is a valid case.</returns>
    public static bool TryRead(ref Utf8JsonReader reader, [NotNullWhen(true)] out PatientCase? patientCase)
    {
        patientCase = CaseFastPath.TryRead(ref reader);
        return patientCase is not null;
    }

    /// <summary>
    /// Reads and validates a case given as UTF-8 bytes, exactly as <see cref="Read(string, string?)"/> reads the text they decode to
    /// (bytes that are not valid UTF-8 are decoded with replacement characters first, as a <see cref="StreamReader"/> would).
    /// </summary>
    internal static CaseReadResult ReadUtf8(ReadOnlySpan<byte> utf8, string? sourceName = null)
    {
        if (!Utf8.IsValid(utf8))
        {
            return Read(Encoding.UTF8.GetString(utf8), sourceName);
        }

        if (utf8.Length > MaxCaseBytes)
        {
            return TooLarge(utf8.Length, sourceName);
        }

        var body = utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;
        return CaseFastPath.TryRead(body) is { } patientCase ? new CaseReadResult(patientCase, []) : ReadLocated(body.ToArray(), sourceName);
    }

    /// <summary>The read before the one-pass path: the checker first, then the deserializer. Kept as the oracle of the differential tests.</summary>
    internal static CaseReadResult ReadCheckedFirst(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) is var size && size > MaxCaseBytes)
        {
            return TooLarge(size, sourceName);
        }

        return ReadLocated(Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json), sourceName);
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static CaseReadResult TooLarge(int size, string? sourceName) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, CaseProblemCodes.TooLarge,
            $"The case is {size:N0} bytes; a case may be at most {MaxCaseBytes:N0} bytes. Send one patient's findings only.") { File = sourceName, Line = 1, Column = 1, JsonPath = "$" }]);

    /// <summary>The located read: walks the text with <see cref="CaseJsonChecker"/> to find and place every problem, then deserializes.</summary>
    private static CaseReadResult ReadLocated(byte[] utf8, string? sourceName)
    {
        var checker = CaseJsonChecker.Check(utf8, sourceName);
        if (checker.HasProblems)
        {
            return new CaseReadResult(null, checker.Problems);
        }

        PatientCase patientCase;
        try
        {
            patientCase = JsonSerializer.Deserialize(utf8, CaseJsonReading.PatientCase)!;
        }
        catch (JsonException exception)
        {
            // The checker mirrors the serializer's rules, so this is a safety net, not the usual path.
            var problem = new Diagnostic(DiagnosticSeverity.Error, CaseProblemCodes.MalformedJson, $"The case could not be read: {exception.Message}")
            {
                JsonPath = exception.Path ?? "$",
            };
            return new CaseReadResult(null, [checker.Locate(problem)]);
        }

        var rangeProblems = CaseValidator.Validate(patientCase);
        return rangeProblems.Count == 0
            ? new CaseReadResult(patientCase, [])
            : new CaseReadResult(null, rangeProblems.Select(checker.Locate).ToArray());
    }

    /// <summary>
    /// Reads and validates a case file with <see cref="TextFileReader"/>: a regular file of at most 1 MiB; a device, a FIFO, a
    /// link loop or a broken link is a located problem, never a hang or an exception. Never throws for bad content.
    /// </summary>
    /// <param name="path">The case file's path, which also names it in the problems.</param>
    /// <returns>The case, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CaseReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = TextFileReader.Read(path, MaxCaseBytes);
        return read.Problem switch
        {
            TextFileProblem.None => Read(read.Text!, path),
            TextFileProblem.TooLarge => FileProblem(path, CaseProblemCodes.TooLarge, $"The case file holds more than {MaxCaseBytes:N0} bytes; a case may be at most {MaxCaseBytes:N0} bytes. Send one patient's findings only."),
            _ => FileProblem(path, CaseProblemCodes.Unreadable, $"The case file cannot be read. {read.Message}", read.Line, read.Column),
        };
    }

    private static CaseReadResult FileProblem(string path, string code, string message, int line = 1, int column = 1) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, code, message) { File = path, Line = line, Column = column, JsonPath = "$" }]);

    /// <summary>Reads and validates a case, throwing when anything is wrong.</summary>
    /// <param name="json">The case JSON text.</param>
    /// <param name="sourceName">The file or source name used in the problems, if any.</param>
    /// <returns>The case.</returns>
    /// <exception cref="CaseValidationException">The JSON is malformed, mistyped, out of range or contradictory; lists every problem.</exception>
    public static PatientCase Parse(string json, string? sourceName = null)
    {
        var result = Read(json, sourceName);
        return result.Case ?? throw new CaseValidationException(result.Problems);
    }

    /// <summary>Writes a case as JSON; absent (null) fields are omitted.</summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>Indented camelCase JSON.</returns>
    public static string Write(PatientCase patientCase) => Write(patientCase, indented: true);

    /// <summary>Writes a case as JSON, indented or on one line (a line of a JSON Lines cohort); absent (null) fields are omitted.</summary>
    /// <param name="patientCase">The case.</param>
    /// <param name="indented"><see langword="true"/> for indented JSON, <see langword="false"/> for one line without spaces.</param>
    /// <returns>camelCase JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patientCase"/> is null.</exception>
    public static string Write(PatientCase patientCase, bool indented)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        return JsonSerializer.Serialize(patientCase, indented ? CaseJsonContext.Default.PatientCase : OneLine.PatientCase);
    }

    /// <summary>The metadata for one-line JSON, made on first use (reading never needs it).</summary>
    private static class OneLine
    {
        public static readonly JsonTypeInfo<PatientCase> PatientCase =
            (JsonTypeInfo<PatientCase>)new JsonSerializerOptions(CaseJsonContext.Default.Options) { WriteIndented = false }.GetTypeInfo(typeof(PatientCase));
    }
}
