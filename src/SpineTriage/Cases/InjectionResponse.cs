using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Response to an injection (JSON: <c>none</c>, <c>temporary</c>, <c>durable</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<InjectionResponse>))]
public enum InjectionResponse
{
    /// <summary>No relief.</summary>
    None,

    /// <summary>Relief that wore off.</summary>
    Temporary,

    /// <summary>Lasting relief.</summary>
    Durable,
}
