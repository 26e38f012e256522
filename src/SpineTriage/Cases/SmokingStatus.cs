using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Tobacco and nicotine use (JSON: <c>never</c>, <c>former</c>, <c>current</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SmokingStatus>))]
public enum SmokingStatus
{
    /// <summary>Never used tobacco or nicotine.</summary>
    Never,

    /// <summary>Used tobacco or nicotine in the past; see <see cref="PatientDetails.NicotineFreeWeeks"/>.</summary>
    Former,

    /// <summary>Uses tobacco or nicotine now, including nicotine replacement.</summary>
    Current,
}
