using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Type of vertebral slip at a level (JSON: <c>none</c>, <c>degenerative</c>, <c>isthmic</c>, <c>iatrogenic</c>, <c>dysplastic</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SpondylolisthesisType>))]
public enum SpondylolisthesisType
{
    /// <summary>No slip.</summary>
    None,

    /// <summary>Degenerative spondylolisthesis.</summary>
    Degenerative,

    /// <summary>Isthmic spondylolisthesis (pars defect).</summary>
    Isthmic,

    /// <summary>Slip caused by earlier surgery.</summary>
    Iatrogenic,

    /// <summary>Congenital or dysplastic slip.</summary>
    Dysplastic,
}
