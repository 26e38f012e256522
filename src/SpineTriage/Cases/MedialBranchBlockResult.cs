using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Result of a diagnostic medial branch (facet) block (JSON: <c>notDone</c>, <c>negative</c>, <c>positive</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MedialBranchBlockResult>))]
public enum MedialBranchBlockResult
{
    /// <summary>Not done.</summary>
    NotDone,

    /// <summary>Negative: the facet joints are not the pain source.</summary>
    Negative,

    /// <summary>Positive: facet-mediated pain is likely.</summary>
    Positive,
}
