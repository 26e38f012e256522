using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Motor deficit trend (JSON: <c>none</c>, <c>stable</c>, <c>progressive</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MotorDeficit>))]
public enum MotorDeficit
{
    /// <summary>No motor deficit.</summary>
    None,

    /// <summary>A motor deficit that is not getting worse.</summary>
    Stable,

    /// <summary>A motor deficit that is getting worse (a red flag).</summary>
    Progressive,
}
