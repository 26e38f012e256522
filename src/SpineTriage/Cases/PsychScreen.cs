using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Result of a mental and behavioural health screen (JSON: <c>none</c>, <c>managed</c>, <c>unmanaged</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PsychScreen>))]
public enum PsychScreen
{
    /// <summary>No significant disorder found.</summary>
    None,

    /// <summary>A significant disorder that is being treated.</summary>
    Managed,

    /// <summary>A significant disorder that is not being treated (an optimize-first gate for elective surgery).</summary>
    Unmanaged,
}
