using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Fusion status on CT after an earlier fusion (JSON: <c>fused</c>, <c>partial</c>, <c>nonunion</c>, <c>indeterminate</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FusionStatus>))]
public enum FusionStatus
{
    /// <summary>Solid bony fusion.</summary>
    Fused,

    /// <summary>Partial bridging.</summary>
    Partial,

    /// <summary>No union (pseudarthrosis).</summary>
    Nonunion,

    /// <summary>Cannot be judged on the available CT.</summary>
    Indeterminate,
}
