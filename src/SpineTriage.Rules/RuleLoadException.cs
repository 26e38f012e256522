using System.Text;

namespace SpineTriage.Rules;

/// <summary>Thrown when rule files cannot be loaded; carries every problem found, not only the first.</summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Initializes a new instance listing the given diagnostics.</summary>
    /// <param name="diagnostics">The problems found (errors, and any warnings).</param>
    public RuleLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Problems = diagnostics;
    }

    /// <summary>Gets every problem found while loading, errors and warnings, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        var text = new StringBuilder();
        text.Append("The rule set could not be loaded: ").Append(errors).Append(errors == 1 ? " error." : " errors.");
        foreach (var diagnostic in diagnostics)
        {
            text.AppendLine().Append(diagnostic.ToString());
        }

        return text.ToString();
    }
}
