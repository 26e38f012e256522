using SpineTriage.Rules;
using Spectre.Console;

namespace SpineTriage.Cli.Output;

/// <summary>
/// Where a command writes: standard output (optionally coloured through Spectre.Console) and standard error.
/// Tests pass <see cref="StringWriter"/>s; the real console is coloured only when stdout is a terminal and
/// <c>NO_COLOR</c> is unset.
/// </summary>
internal sealed class OutputWriter
{
    private readonly IAnsiConsole? colourConsole;

    public OutputWriter(TextWriter output, TextWriter error, IAnsiConsole? colourConsole = null)
    {
        Output = output;
        Error = error;
        this.colourConsole = colourConsole;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool UsesColour => colourConsole is not null;

    public static OutputWriter ForConsole()
    {
        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        if (noColour || Console.IsOutputRedirected)
        {
            return new OutputWriter(Console.Out, Console.Error);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        return new OutputWriter(Console.Out, Console.Error, console);
    }

    public void Write(string text, Tone tone = Tone.Plain)
    {
        if (colourConsole is null || tone == Tone.Plain)
        {
            Output.Write(text);
            return;
        }

        colourConsole.Write(new Text(text, StyleFor(tone)));
    }

    public void WriteLine(string text = "", Tone tone = Tone.Plain)
    {
        Write(text, tone);
        Output.Write('\n');
    }

    /// <summary>Writes one line to standard error; control, direction and invisible characters (from file names, ids, case values) are shown as escapes.</summary>
    public void WriteError(string line) => Error.WriteLine(SafeText.Visible(line));

    private static Style StyleFor(Tone tone) => tone switch
    {
        Tone.Heading => new Style(decoration: Decoration.Bold),
        Tone.Critical => new Style(Color.Red, decoration: Decoration.Bold),
        Tone.Caution => new Style(Color.Yellow),
        Tone.Attention => new Style(Color.Fuchsia),
        Tone.Positive => new Style(Color.Green),
        Tone.Neutral => new Style(Color.Aqua),
        Tone.Muted => new Style(Color.Grey),
        _ => Style.Plain,
    };
}
