using SpineTriage.Rules;

namespace SpineTriage.Testing;

/// <summary>Thrown when a rule test file cannot be read; carries every problem with its location.</summary>
public sealed class RuleTestFileException : Exception
{
    /// <summary>Initializes a new instance listing the given problems.</summary>
    /// <param name="problems">Every problem found (at least one).</param>
    public RuleTestFileException(IReadOnlyList<Diagnostic> problems)
        : base(string.Join(Environment.NewLine, (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.ToString())
            .Prepend(problems.Count == 1 ? "The rule test file has 1 problem:" : $"The rule test file has {problems.Count} problems:")))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
}
