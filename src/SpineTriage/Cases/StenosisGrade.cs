using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Grade of spinal canal or foraminal stenosis at a level (JSON: <c>none</c>, <c>mild</c>, <c>moderate</c>, <c>severe</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<StenosisGrade>))]
public enum StenosisGrade
{
    /// <summary>No stenosis.</summary>
    None,

    /// <summary>Mild stenosis.</summary>
    Mild,

    /// <summary>Moderate stenosis.</summary>
    Moderate,

    /// <summary>Severe stenosis.</summary>
    Severe,
}
