namespace SpineTriage.Reports;

/// <summary>One source a rule cites, resolved from the rule pack's bibliography (<c>rules/references.json</c>).</summary>
/// <param name="Key">The bibliography key the rule names, such as <c>evicore-cmm609-2025</c>.</param>
/// <param name="Label">A short label, such as <c>eviCore CMM-609 Lumbar Fusion (2025)</c> (the CDS Hooks <c>source.label</c>).</param>
/// <param name="Text">The full citation: authors or organisation, title, journal, year and identifier.</param>
/// <param name="Url">Where to read it: the URL, or the DOI or PubMed address made from the identifier; null when there is none.</param>
public sealed record Citation(string Key, string Label, string Text, string? Url);
