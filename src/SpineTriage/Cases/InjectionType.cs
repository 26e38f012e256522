using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Kind of spinal injection (JSON: <c>esi</c>, <c>facet</c>, <c>mbb</c>, <c>rfa</c>, <c>snrb</c>, <c>prp</c>, <c>fibrin</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<InjectionType>))]
public enum InjectionType
{
    /// <summary>Epidural steroid injection.</summary>
    Esi,

    /// <summary>Facet joint injection.</summary>
    Facet,

    /// <summary>Medial branch block.</summary>
    Mbb,

    /// <summary>Radiofrequency ablation.</summary>
    Rfa,

    /// <summary>Selective nerve root block.</summary>
    Snrb,

    /// <summary>Intradiscal platelet-rich plasma.</summary>
    Prp,

    /// <summary>Intradiscal or intra-annular fibrin.</summary>
    Fibrin,
}
