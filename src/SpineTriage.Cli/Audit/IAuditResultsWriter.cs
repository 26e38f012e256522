namespace SpineTriage.Cli.Audit;

/// <summary>Writes one result row per cohort line, in input order, as the audit goes.</summary>
internal interface IAuditResultsWriter : IDisposable
{
    void Write(CaseOutcome outcome);

    /// <summary>Pushes every row written so far to the file, so an interrupted audit keeps them.</summary>
    void Flush();
}
