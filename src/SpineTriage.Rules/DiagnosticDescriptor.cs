namespace SpineTriage.Rules;

/// <summary>
/// What one diagnostic code means and how to fix it: an entry of a package's code catalogue
/// (<see cref="DiagnosticCatalog.All"/> for the engine's <c>SPR</c> codes), from which <c>docs/diagnostics.md</c> is written.
/// </summary>
/// <param name="Code">The stable code, such as <c>SPR301</c>.</param>
/// <param name="Severity">The severity the code is reported with.</param>
/// <param name="Meaning">What the problem is, in one sentence.</param>
/// <param name="Fix">What the author of the file or the host does about it, in one sentence.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Meaning, string Fix);
