namespace SpineTriage.Cli.Audit;

/// <summary>One line of a cohort file: its 1-based number and text (or why the text was not kept).</summary>
/// <param name="Number">The 1-based line number in the file.</param>
/// <param name="Text">The line without its line break; empty when <paramref name="TooLongChars"/> is set.</param>
/// <param name="TooLongChars">The line's length when it exceeded the limit and was skipped, otherwise 0.</param>
internal sealed record CohortLine(long Number, string Text, long TooLongChars = 0);
