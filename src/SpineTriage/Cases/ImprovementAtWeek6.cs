using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Response to structured conservative care at the week-6 check (JSON: <c>none</c>, <c>partial</c>, <c>resolved</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImprovementAtWeek6>))]
public enum ImprovementAtWeek6
{
    /// <summary>No change or worse.</summary>
    None,

    /// <summary>Measurable but incomplete improvement.</summary>
    Partial,

    /// <summary>Symptoms resolved.</summary>
    Resolved,
}
