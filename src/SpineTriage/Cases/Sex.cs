using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>The patient's sex as recorded (JSON: <c>female</c>, <c>male</c>, <c>other</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Other or not stated as female or male.</summary>
    Other,
}
