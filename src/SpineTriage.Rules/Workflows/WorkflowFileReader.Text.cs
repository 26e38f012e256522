using System.Globalization;
using System.Text;
using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

/// <remarks>
/// The two checks here walk values the reader does not otherwise read (Properties, every string). Paths are kept as a
/// trail of properties and indexes and written out only for an error, names are compared as bytes, and the text check
/// runs only when the file holds a byte that could start an unsafe character: a clean file allocates nothing here.
/// </remarks>
internal sealed partial class WorkflowFileReader
{
    /// <summary>
    /// Refuses control, direction and invisible characters (see <see cref="SafeText.IsUnsafe"/>) in every name and string
    /// of the file outside expressions (which the expression lexer checks, allowing line breaks): rule text reaches
    /// terminals, Markdown, CDS Hooks cards and the rulebook, where an escape sequence, a direction override or a line
    /// break followed by <c># heading</c> would change what a reviewer reads.
    /// </summary>
    private void CheckText(LocatedValue root)
    {
        if (MayHoldUnsafeText(_utf8))
        {
            CheckText(root, new JsonTrail());
        }
    }

    private void CheckText(LocatedValue value, JsonTrail trail)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String when value.Text is { } text && SafeText.IndexOfUnsafe(text) is var index and >= 0:
                ReportAt(value.Start, trail.PathOf("$", null), DiagnosticCodes.UnsafeCharacter,
                    $"This text contains the character {SafeText.CodePoint(text[index])} at character {index + 1}: a control, direction-changing or invisible character, which would change what reports, terminals and documents show. Remove it (write line breaks as separate list items).", null, null);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.Items)
                {
                    trail.Enter(i++);
                    CheckText(item, trail);
                    trail.Leave();
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.Properties)
                {
                    if (SafeText.IndexOfUnsafe(property.Name) is var nameIndex and >= 0)
                    {
                        ReportAt(property.NameStart, trail.PathOf("$", property), DiagnosticCodes.UnsafeCharacter,
                            $"This name contains the character {SafeText.CodePoint(property.Name[nameIndex])} at character {nameIndex + 1}: a control, direction-changing or invisible character; remove it.", null, null);
                    }

                    if (!property.NameIs("Expression"))
                    {
                        trail.Enter(property);
                        CheckText(property.Value, trail);
                        trail.Leave();
                    }
                }

                break;
        }
    }

    /// <summary>
    /// A key written twice in an object of Properties, at any depth, is an error as it is for the workflow's own fields:
    /// JSON readers keep the last (<c>"kind": "redFlag", "kind": "info"</c> would silently drop a red flag).
    /// </summary>
    private void CheckDuplicateKeys(LocatedValue value, JsonPathRef basePath, JsonTrail trail, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in value.Items)
            {
                if (item.Kind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    trail.Enter(i);
                    CheckDuplicateKeys(item, basePath, trail, workflowName, ruleName);
                    trail.Leave();
                }

                i++;
            }

            return;
        }

        var count = value.Properties.Count;
        Span<int> starts = count <= 16 ? stackalloc int[count] : default;
        HashSet<string>? seen = count > 16 ? new(StringComparer.OrdinalIgnoreCase) : null;
        var n = 0;
        foreach (var property in value.Properties)
        {
            var repeated = seen is null ? IsRepeatedName(starts[..n], property.NameStart) : !seen.Add(property.Name);
            if (seen is null)
            {
                starts[n++] = property.NameStart;
            }

            if (repeated)
            {
                ReportAt(property.NameStart, trail.PathOf(basePath.ToString(), property), DiagnosticCodes.DuplicateField,
                    $"Key '{property.Name}' appears more than once in this Properties object (names are matched case-insensitively); a reader would keep only one, so keep one.", workflowName, ruleName);
            }

            if (property.Value.Kind is JsonValueKind.Object or JsonValueKind.Array)
            {
                trail.Enter(property);
                CheckDuplicateKeys(property.Value, basePath, trail, workflowName, ruleName);
                trail.Leave();
            }
        }
    }

    private bool IsRepeatedName(ReadOnlySpan<int> earlierStarts, int nameStart)
    {
        foreach (var earlier in earlierStarts)
        {
            if (SameName(earlier, nameStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two property names are equal ignoring case: compared as bytes when both are plain ASCII, decoded otherwise.</summary>
    private bool SameName(int firstStart, int secondStart)
    {
        var first = RawName(firstStart);
        var second = RawName(secondStart);
        if (!first.IsEmpty && !second.IsEmpty && Ascii.IsValid(first) && Ascii.IsValid(second))
        {
            return Ascii.EqualsIgnoreCase(first, second);
        }

        return string.Equals(DecodeName(firstStart), DecodeName(secondStart), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bytes between a name's quotes; empty when the name is empty or holds an escape (then it is decoded).</summary>
    private ReadOnlySpan<byte> RawName(int nameStart)
    {
        var rest = _utf8.AsSpan(nameStart + 1);
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        return end > 0 && rest[end] == '"' ? rest[..end] : default;
    }

    private string DecodeName(int nameStart)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(nameStart));
        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>
    /// Whether the file holds a byte sequence that could be an unsafe character: DEL, a C1 control, U+061C, U+200B–U+200F,
    /// U+2028–U+202E, U+2060–U+206F, U+FEFF written as UTF-8, or an escape other than <c>\"</c>, <c>\\</c> and <c>\/</c>.
    /// </summary>
    private static bool MayHoldUnsafeText(byte[] utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            switch (utf8[i])
            {
                case 0x7F:
                    return true;
                case 0xC2 when i + 1 < utf8.Length && utf8[i + 1] is >= 0x80 and <= 0x9F:
                case 0xD8 when i + 1 < utf8.Length && utf8[i + 1] == 0x9C:
                case 0xE2 when i + 1 < utf8.Length && utf8[i + 1] is 0x80 or 0x81:
                case 0xEF when i + 2 < utf8.Length && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF:
                    return true;
                case (byte)'\\' when i + 1 < utf8.Length:
                    if (utf8[i + 1] is not ((byte)'"' or (byte)'\\' or (byte)'/'))
                    {
                        return true;
                    }

                    i++;
                    break;
            }
        }

        return false;
    }
}
