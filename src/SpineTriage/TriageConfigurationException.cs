using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage;

/// <summary>Thrown when <see cref="TriageOptions"/> are invalid; the message lists every problem.</summary>
public sealed class TriageConfigurationException : Exception
{
    /// <summary>Initializes a new instance listing the given problems.</summary>
    /// <param name="problems">Every problem found, each with its code and a full sentence that says how to fix it.</param>
    public TriageConfigurationException(IReadOnlyList<Diagnostic> problems)
        : base(Describe(problems.Select(p => p.Message).ToList()))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found: code <c>SPT030</c>, in <c>TriageOptions</c>, as the other exceptions' problem lists are shaped.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>The exception for the option validator's sentences, each a problem of code <c>SPT030</c> located in <c>TriageOptions</c>.</summary>
    internal static TriageConfigurationException Of(IReadOnlyList<string> sentences) =>
        new([.. sentences.Select(sentence => new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.InvalidOptions, sentence) { File = nameof(TriageOptions) })]);

    internal static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "The SpineTriage options have 1 problem:" : $"The SpineTriage options have {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(p => "- " + p).Prepend(header));
    }
}
