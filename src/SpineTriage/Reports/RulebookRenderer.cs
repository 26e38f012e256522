using SpineTriage.Reports.Rendering;

namespace SpineTriage.Reports;

/// <summary>
/// Renders the rulebook of an engine's rule pack as Markdown, for the clinicians who review the rules: a disclaimer, the
/// red flags, then per assessment a Mermaid flowchart of verdict precedence, each rule in plain language with its reason,
/// sources and evidence, the warnings and notes, the derived facts and the thresholds with the values in force, and the
/// bibliography last. Every text from the rules is escaped, so it cannot become markup or HTML.
/// </summary>
public static class RulebookRenderer
{
    /// <summary>Renders the rulebook; the same rule pack and thresholds always give the same text.</summary>
    /// <param name="engine">The engine whose rule pack (with its threshold overrides) is described.</param>
    /// <returns>Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public static string Render(TriageEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new RulebookWriter(engine).Write();
    }
}
