using SpineTriage.Rules;

namespace SpineTriage.Cases;

/// <summary>Thrown when a case is malformed, out of range or contradictory; carries every problem.</summary>
public sealed class CaseValidationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CaseValidationException"/> class.</summary>
    /// <param name="problems">Every problem found (at least one).</param>
    public CaseValidationException(IReadOnlyList<Diagnostic> problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    private static string FormatMessage(IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "The case has 1 problem:" : $"The case has {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(p => p.ToString()).Prepend(header));
    }
}
