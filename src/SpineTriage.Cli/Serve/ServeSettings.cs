using SpineTriage.CdsHooks;

namespace SpineTriage.Cli.Serve;

/// <summary>What <c>spinetriage serve</c> was asked for: where to listen, the rules, the threshold overrides and who may call the CDS Hooks service.</summary>
/// <param name="Urls">The addresses to listen on, separated by ';' (port 0 picks a free port).</param>
/// <param name="RulesDirectory">The rules directory (watched for edits), or null for the embedded default pack.</param>
/// <param name="Thresholds">Threshold overrides by name.</param>
internal sealed record ServeSettings(string Urls, string? RulesDirectory, IReadOnlyDictionary<string, double> Thresholds)
{
    /// <summary>Gets a value indicating whether the CDS Hooks service answers without a JWT (loopback callers only; <c>--allow-anonymous</c>).</summary>
    public bool AllowAnonymous { get; init; }

    /// <summary>Gets the EHRs whose JWTs the CDS Hooks service accepts (<c>--trusted-client</c>).</summary>
    public IReadOnlyList<CdsHooksClient> TrustedClients { get; init; } = [];

    /// <summary>Gets the service's public URL, the audience of the EHRs' JWTs (<c>--audience</c>).</summary>
    public string? Audience { get; init; }
}
