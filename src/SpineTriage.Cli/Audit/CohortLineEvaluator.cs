using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Turns one cohort line into a <see cref="CaseOutcome"/>: its verdicts, or the reasons the line was refused. Never throws for bad
/// input. A valid line read from a UTF-8 file takes the one-pass <see cref="CohortLineFastPath"/>; any other goes through the
/// envelope and the located case read, which say what is wrong.
/// </summary>
internal sealed class CohortLineEvaluator(ITriageEngine engine, int maxLineChars)
{
    private const int ProblemsShown = 3;

    public CaseOutcome Evaluate(CohortLine line)
    {
        if (line.TooLongChars > 0)
        {
            return CaseOutcome.Failed(line.Number, null, string.Create(CultureInfo.InvariantCulture,
                $"The line is {line.TooLongChars} characters long, more than the limit of {maxLineChars}; one case per line, without embedded line breaks."));
        }

        if (line.Utf8 is { } utf8 && CohortLineFastPath.TryRead(utf8) is var (patientCase, id))
        {
            try
            {
                return new CaseOutcome(line.Number, id, engine.EvaluateVerdicts(patientCase), null);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return CaseOutcome.Failed(line.Number, id, InternalError(exception));
            }
        }

        // A byte that is not UTF-8 would be decoded as U+FFFD: the id or a value would change silently (issue 12, item 11).
        if (line.Utf8 is { } bytes && FirstInvalidByte(bytes) is { } invalid)
        {
            return CaseOutcome.Failed(line.Number, null, string.Create(CultureInfo.InvariantCulture,
                $"$ (column {invalid.Offset + 1}): Byte 0x{invalid.Value:X2} is not UTF-8; a cohort is UTF-8 text, so save the file as UTF-8."));
        }

        var envelope = CohortEnvelope.Open(line.Decoded());
        if (envelope.Problem is not null)
        {
            return CaseOutcome.Failed(line.Number, envelope.Id, envelope.Problem);
        }

        try
        {
            var read = PatientCaseJson.Read(envelope.CaseJson);
            return read.Case is null
                ? CaseOutcome.Failed(line.Number, envelope.Id, Describe(read.Problems, envelope))
                : new CaseOutcome(line.Number, envelope.Id, engine.EvaluateVerdicts(read.Case), null);
        }
        catch (CaseValidationException exception)
        {
            return CaseOutcome.Failed(line.Number, envelope.Id, Describe(exception.Problems, envelope));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return CaseOutcome.Failed(line.Number, envelope.Id, InternalError(exception));
        }
    }

    /// <summary>
    /// The first byte that starts no UTF-8 character, or null when the line is UTF-8 or starts with a UTF-16 or UTF-32 byte
    /// order mark (as a rule file's check reads it: such text is decoded by its own encoding).
    /// </summary>
    private static (int Offset, byte Value)? FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return null;
        }

        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return (at, bytes[at]);
    }

    public static string InternalError(Exception exception) =>
        $"Internal error while evaluating this line ({exception.GetType().Name}: {exception.Message}); this is a bug in SpineTriage, please report it with the line.";

    /// <summary>The first problems as "$.path (column c): message", located in the cohort line rather than the case text.</summary>
    private static string Describe(IReadOnlyList<Diagnostic> problems, CohortEnvelope envelope)
    {
        var shown = problems.Take(ProblemsShown).Select(p =>
        {
            var path = p.JsonPath is { } jsonPath ? envelope.CasePath + jsonPath[1..] : envelope.CasePath;
            var column = p.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $" (column {p.Column + envelope.CaseColumnOffset})") : string.Empty;
            return $"{path}{column}: {p.Message}";
        });
        var more = problems.Count > ProblemsShown ? $" (and {problems.Count - ProblemsShown} more)" : string.Empty;
        return string.Join(" | ", shown) + more;
    }
}
