using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

/// <summary>
/// How a case is read: the source-generated metadata plus a top-level <c>"$schema"</c> member that is accepted and
/// ignored, so case files can name their JSON Schema (<c>seeds/case.schema.json</c>) for editors.
/// </summary>
internal static class CaseJsonReading
{
    /// <summary>The member editors read to find the schema; allowed only at the top level, as a string.</summary>
    public const string SchemaMember = "$schema";

    /// <summary>The metadata used to deserialize a checked case.</summary>
    public static readonly JsonTypeInfo<PatientCase> PatientCase = Create();

    private static JsonTypeInfo<PatientCase> Create()
    {
        var options = new JsonSerializerOptions(CaseJsonContext.Default.Options)
        {
            TypeInfoResolver = CaseJsonContext.Default.WithAddedModifier(AcceptSchemaMember),
        };
        return (JsonTypeInfo<PatientCase>)options.GetTypeInfo(typeof(PatientCase));
    }

    private static void AcceptSchemaMember(JsonTypeInfo info)
    {
        if (info.Type == typeof(PatientCase))
        {
            var schema = info.CreateJsonPropertyInfo(typeof(string), SchemaMember);
            schema.CustomConverter = SchemaMemberConverter.Instance;
            schema.Set = static (_, _) => { };
            info.Properties.Add(schema);
        }
    }
}
