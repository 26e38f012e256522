namespace SpineTriage.Cli.Audit;

/// <summary>Formats one result row per cohort line; thread-safe, so the workers format rows and the ordered writer only copies them.</summary>
internal interface IAuditResultsWriter
{
    /// <summary>Gets the text written before the first row (the CSV header), or an empty string.</summary>
    string Header { get; }

    /// <summary>Formats one line's row, line end included, into a buffer the calling thread reuses.</summary>
    string FormatRow(CaseOutcome outcome);
}
