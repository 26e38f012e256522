namespace SpineTriage.Cli.Output;

/// <summary>How a piece of terminal text is emphasised; plain output ignores it.</summary>
internal enum Tone
{
    Plain,
    Heading,
    Critical,
    Caution,
    Attention,
    Positive,
    Neutral,
    Muted,
}
