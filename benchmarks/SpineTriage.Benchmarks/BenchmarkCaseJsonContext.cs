using System.Text.Json;
using System.Text.Json.Serialization;
using SpineTriage.Cases;

namespace SpineTriage.Benchmarks;

/// <summary>
/// System.Text.Json's source-generated metadata for the case model with the triage layer's own options (its internal
/// CaseJsonContext; a test keeps the two equal): the deserializer the strict read is compared with.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = 32,
    WriteIndented = true)]
[JsonSerializable(typeof(PatientCase))]
internal sealed partial class BenchmarkCaseJsonContext : JsonSerializerContext;
