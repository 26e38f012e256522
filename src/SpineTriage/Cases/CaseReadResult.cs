using SpineTriage.Rules;

namespace SpineTriage.Cases;

/// <summary>The outcome of reading a case: the case, or every problem found.</summary>
public sealed class CaseReadResult
{
    internal CaseReadResult(PatientCase? patientCase, IReadOnlyList<Diagnostic> problems)
    {
        Case = patientCase;
        Problems = problems;
    }

    /// <summary>Gets the case, or <see langword="null"/> when there were problems.</summary>
    public PatientCase? Case { get; }

    /// <summary>Gets every problem, each with JSON path, line, column and a sentence saying how to fix it; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Gets a value indicating whether the case was read without problems.</summary>
    public bool Succeeded => Case is not null;
}
