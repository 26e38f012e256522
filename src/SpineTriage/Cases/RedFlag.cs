using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>A red-flag finding of the history or examination (AHCPR and ACR red-flag tables; JSON names are the camelCase of these).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RedFlag>))]
public enum RedFlag
{
    /// <summary>Numbness in the saddle area (suspected cauda equina syndrome).</summary>
    SaddleAnesthesia,

    /// <summary>New urinary retention (suspected cauda equina syndrome).</summary>
    UrinaryRetention,

    /// <summary>New faecal incontinence or anal sphincter laxity (suspected cauda equina syndrome).</summary>
    BowelIncontinence,

    /// <summary>Sciatica in both legs (suspected cauda equina syndrome).</summary>
    BilateralSciatica,

    /// <summary>Fever, especially above 38 °C for more than 48 hours (suspected infection).</summary>
    Fever,

    /// <summary>Intravenous drug use (infection risk).</summary>
    IvDrugUse,

    /// <summary>Immunosuppression (infection risk).</summary>
    Immunosuppression,

    /// <summary>A history of cancer (suspected malignancy).</summary>
    CancerHistory,

    /// <summary>Unexplained weight loss (suspected malignancy).</summary>
    UnexplainedWeightLoss,

    /// <summary>Major trauma (suspected fracture).</summary>
    MajorTrauma,

    /// <summary>Minor trauma in a patient with known or likely osteoporosis (suspected fracture).</summary>
    MinorTraumaOsteoporotic,

    /// <summary>Long-term corticosteroid use (fracture and infection risk).</summary>
    ChronicSteroids,

    /// <summary>Pain at night or when lying down (suspected malignancy or infection).</summary>
    NightPain,
}
