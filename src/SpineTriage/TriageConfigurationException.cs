namespace SpineTriage;

/// <summary>Thrown when <see cref="TriageOptions"/> are invalid; the message lists every problem.</summary>
public sealed class TriageConfigurationException : Exception
{
    /// <summary>Initializes a new instance listing the given problems.</summary>
    /// <param name="problems">Every problem found, each a full sentence that says how to fix it.</param>
    public TriageConfigurationException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }

    internal static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "The SpineTriage options have 1 problem:" : $"The SpineTriage options have {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(p => "- " + p).Prepend(header));
    }
}
