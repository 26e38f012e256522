namespace SpineTriage.Cli.Serve;

/// <summary>What <c>spinetriage serve</c> was asked for: where to listen, the rules and the threshold overrides.</summary>
/// <param name="Urls">The addresses to listen on, separated by ';' (port 0 picks a free port).</param>
/// <param name="RulesDirectory">The rules directory (watched for edits), or null for the embedded default pack.</param>
/// <param name="Thresholds">Threshold overrides by name.</param>
internal sealed record ServeSettings(string Urls, string? RulesDirectory, IReadOnlyDictionary<string, double> Thresholds);
