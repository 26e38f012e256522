using SpineTriage.Rules;

namespace SpineTriage.Fhir;

/// <summary>A FHIR mapping table could not be loaded; <see cref="Problems"/> lists every problem with file, line, column and JSON path.</summary>
public sealed class FhirMappingTableException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem, located.</param>
    public FhirMappingTableException(IReadOnlyList<Diagnostic> problems)
        : base("The FHIR mapping table has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem, located.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
}
