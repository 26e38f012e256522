using System.Text.Json;

namespace SpineTriage.Cases.Json;

/// <summary>
/// The one-pass read of a case: <see cref="CaseFastReader"/> for a case written the plain way, else the source-generated
/// deserializer; then the range and contradiction checks. It accepts exactly
/// the cases the located read (<see cref="CaseJsonChecker"/> first, then the deserializer) accepts, and gives up on anything
/// else, so the located read, which walks the text again, runs only for a case with a problem and says what it is.
/// </summary>
internal static class CaseFastPath
{
    /// <summary>Reads a valid case from <paramref name="utf8"/>, or returns null when anything is wrong with it.</summary>
    public static PatientCase? TryRead(ReadOnlySpan<byte> utf8)
    {
        var patientCase = CaseFastReader.TryRead(utf8);
        try
        {
            patientCase ??= JsonSerializer.Deserialize(utf8, CaseJsonReading.PatientCase);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }

        return Accepts(patientCase) ? patientCase : null;
    }

    /// <summary>Reads a valid case from the value <paramref name="reader"/> is at (in an envelope), or returns null when anything is wrong with it.</summary>
    public static PatientCase? TryRead(ref Utf8JsonReader reader)
    {
        var patientCase = CaseFastReader.TryRead(ref reader);
        try
        {
            patientCase ??= JsonSerializer.Deserialize(ref reader, CaseJsonReading.PatientCase);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }

        return Accepts(patientCase) ? patientCase : null;
    }

    /// <summary>
    /// A deserialized case the checker would also accept: not the JSON literal <c>null</c>, no null element in a list of objects
    /// (the serializer keeps those, the checker refuses them), and no range problem or contradiction.
    /// </summary>
    private static bool Accepts(PatientCase? patientCase) =>
        patientCase is not null
        && !HasNull(patientCase.Imaging?.Levels)
        && !HasNull(patientCase.Care?.Injections)
        && CaseValidator.Validate(patientCase).Count == 0;

    private static bool HasNull<T>(IReadOnlyList<T>? items)
        where T : class
    {
        if (items is not null)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
