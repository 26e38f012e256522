using System.Globalization;
using System.Text;

namespace SpineTriage.Rules;

/// <summary>
/// Text from rule files, cases and file names on its way to an output: which characters are unsafe to show (controls,
/// including escape sequences; direction overrides and isolates; zero-width and other invisible characters), and how
/// each output format escapes what it would otherwise interpret. Rule files may not contain unsafe characters at all
/// (outside expressions, whose own checks allow line breaks); every renderer still escapes, because cases, ids and file
/// names are untrusted too.
/// </summary>
public static class SafeText
{
    /// <summary>Tells whether a character must not reach an output as itself: a control character (C0, DEL, C1), a direction override or isolate, or an invisible character.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for the "Trojan Source" and terminal-escape characters.</returns>
    public static bool IsUnsafe(char c) => char.IsControl(c)
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u061C' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>The index of the first unsafe character (see <see cref="IsUnsafe"/>), or -1.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index, or -1 when the text is safe.</returns>
    public static int IndexOfUnsafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A character named by its code point (<c>U+202E</c>), for messages that must not display it.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The code point in the U+ notation.</returns>
    public static string CodePoint(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");

    /// <summary>
    /// Text for a terminal, a log line or a CSV cell: every unsafe character, line breaks included, becomes its escape
    /// <c>\u001B</c>, so an escape sequence cannot clear the screen or rewrite a line, and a line break cannot forge another line.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with unsafe characters shown as escapes; the same instance when there are none.</returns>
    public static string Visible(string? text)
    {
        if (text is null || IndexOfUnsafe(text) < 0)
        {
            return text ?? string.Empty;
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    /// <summary>
    /// Text for Markdown (and the HTML it becomes): <see cref="Visible"/>, then a backslash before every character that
    /// Markdown or inline HTML would interpret (<c>\ ` * _ [ ] &lt; &gt; &amp; | ~ #</c>), so no text becomes a tag, a link, a
    /// heading, emphasis or a table cell.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Markdown(string? text)
    {
        var visible = Visible(text);
        var escapes = 0;
        foreach (var c in visible)
        {
            escapes += NeedsMarkdownEscape(c) ? 1 : 0;
        }

        // Rule texts and citations mostly need no escape: the same instance then, and otherwise one exact-length
        // string, no builder (ReportRenderingBenchmarks.CdsHooks: 166 KB -> 121 KB allocated per report).
        return escapes == 0 ? visible : string.Create(visible.Length + escapes, visible, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (NeedsMarkdownEscape(c))
                {
                    span[at++] = '\\';
                }

                span[at++] = c;
            }
        });
    }

    private static bool NeedsMarkdownEscape(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '#';

    /// <summary>Text as a Markdown code span: <see cref="Visible"/>, fenced with more backticks than any run inside it, so it cannot close early.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code span, backticks included.</returns>
    public static string MarkdownCode(string? text)
    {
        var visible = Visible(text);
        var longest = 0;
        var run = 0;
        foreach (var c in visible)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = longest > 0 || visible.StartsWith('`') || visible.EndsWith('`') ? " " : string.Empty;
        return fence + pad + visible + pad + fence;
    }
}
