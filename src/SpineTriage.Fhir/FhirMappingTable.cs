using System.Reflection;
using SpineTriage.Fhir.Table;
using SpineTriage.Rules;

namespace SpineTriage.Fhir;

/// <summary>
/// The table that says which FHIR codes fill which case fields, in what unit (the package README describes the format). It
/// is data a clinical informaticist edits; the default ships in the package (<c>mapping/fhir-mapping.json</c>).
/// Immutable and thread-safe.
/// </summary>
public sealed class FhirMappingTable
{
    /// <summary>The largest table file accepted, in bytes (1 MiB).</summary>
    private const long MaxTableBytes = 1024 * 1024;

    private static readonly Lazy<FhirMappingTable> DefaultTable = new(LoadDefault);

    private FhirMappingTable(MappingTableContent content)
    {
        Content = content;
    }

    /// <summary>The table shipped in this package.</summary>
    public static FhirMappingTable Default => DefaultTable.Value;

    /// <summary>The look-back in days of an entry that names none.</summary>
    public int LookBackDays => Content.LookBackDays;

    internal MappingTableContent Content { get; }

    /// <summary>Reads and checks a table.</summary>
    /// <param name="json">The table JSON.</param>
    /// <param name="sourceName">The file name used in problems.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FhirMappingTableException">The table has problems; every one is listed and located.</exception>
    public static FhirMappingTable Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (content, problems) = MappingTableReader.Read(json, sourceName);
        return content is not null ? new FhirMappingTable(content) : throw new FhirMappingTableException(problems);
    }

    /// <summary>Checks a table without loading it, for editors and CI.</summary>
    /// <param name="json">The table JSON.</param>
    /// <param name="sourceName">The file name used in problems.</param>
    /// <returns>Every problem, located; empty when the table is valid.</returns>
    public static IReadOnlyList<Diagnostic> Validate(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return MappingTableReader.Read(json, sourceName).Problems;
    }

    /// <summary>Reads and checks a table file (a regular file of at most 1 MiB).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FhirMappingTableException">The file cannot be read or the table has problems.</exception>
    public static FhirMappingTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = TextFileReader.Read(path, MaxTableBytes);
        if (read.Problem != TextFileProblem.None)
        {
            var message = read.Problem == TextFileProblem.TooLarge ? $"The mapping table file holds more than {MaxTableBytes:N0} bytes." : $"The mapping table file cannot be read. {read.Message}";
            throw new FhirMappingTableException([new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedTable, message) { File = path, Line = 1, Column = 1, JsonPath = "$" }]);
        }

        return Parse(read.Text!, path);
    }

    private static FhirMappingTable LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("spinetriage.fhir.fhir-mapping.json")
            ?? throw new InvalidOperationException("The default FHIR mapping table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "fhir-mapping.json");
    }
}
