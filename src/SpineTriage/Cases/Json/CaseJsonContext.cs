using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineTriage.Cases.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the case model: camelCase names, enums as camelCase strings,
/// comments and trailing commas allowed, unknown and duplicate properties refused, depth at most 32.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = CaseJsonLimits.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(PatientCase))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;

/// <summary>Limits on case JSON.</summary>
internal static class CaseJsonLimits
{
    /// <summary>The deepest nesting accepted; a case needs 4.</summary>
    public const int MaxDepth = 32;

    /// <summary>The reader options matching <see cref="CaseJsonContext"/>.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };
}
