using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Disc contour in the NASS/ASSR/ASNR lumbar disc nomenclature 2.0 (JSON: <c>none</c>, <c>bulge</c>, <c>protrusion</c>, <c>extrusion</c>, <c>sequestration</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiscContainment>))]
public enum DiscContainment
{
    /// <summary>Normal contour.</summary>
    None,

    /// <summary>Bulge.</summary>
    Bulge,

    /// <summary>Protrusion (contained).</summary>
    Protrusion,

    /// <summary>Extrusion (not contained).</summary>
    Extrusion,

    /// <summary>Sequestered fragment (not contained).</summary>
    Sequestration,
}
