namespace SpineTriage.Cli.Audit;

/// <summary>Everything one <c>audit</c> run needs from the command line.</summary>
internal sealed record AuditSettings(string CohortPath)
{
    /// <summary>The longest line read; a longer one becomes an error row without being kept in memory.</summary>
    public const int DefaultMaxLineChars = 1 << 20;

    /// <summary>The most evaluating threads <c>--workers</c> accepts: each holds a batch in flight, and thousands of threads only contend.</summary>
    public const int MaxWorkers = 256;

    public string? ResultsPath { get; init; }

    public string? RulesDirectory { get; init; }

    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    public int Workers { get; init; } = Environment.ProcessorCount;

    public int BatchSize { get; init; } = 256;

    public int MaxLineChars { get; init; } = DefaultMaxLineChars;

    /// <summary>Whether standard error is a terminal (redrawn progress line) or not (plain lines every <see cref="ProgressInterval"/>).</summary>
    public bool ProgressOnTerminal { get; init; }

    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many malformed lines are printed on standard error; all of them are rows in the results.</summary>
    public int MalformedLinesPrinted { get; init; } = 20;
}
