using System.Text;
using System.Text.Json;

namespace SpineTriage.Rules.Tests.Security;

/// <summary>
/// Damage to valid rule files beyond <c>WorkflowFuzzTests</c>: any token replaced by a huge number, NaN, Infinity, null, a wrong
/// type or a hostile expression; invisible and direction-changing characters inserted; raw UTF-8 bytes flipped.
/// </summary>
internal static class RuleFileMutator
{
    private static readonly string[] Replacements =
    [
        "null", "NaN", "Infinity", "-Infinity", "1e999999", "-1e309", "123456789012345678901234567890", "-0", "0.0000000001e-400",
        "true", "\"\"", "[]", "{}", "[null]", "{\"\":null}", "\"\\u0000\"", "\"\\ud800\"", new string('[', 80) + new string(']', 80),
        "\"" + new string('x', 20_000) + "\"", "2147483648", "-9223372036854775809",
    ];

    private static readonly string[] Insertions = ["\u202E", "\u200D", "\uFEFF", "\u0000", "\uD800", "\uDC00", "\u0430", "\uFF1E", "\\", "\"", ",", "}", "]"];

    private static readonly string[] HostileExpressions = [.. HostileExpressionCorpus.All.Where(e => e.Expression.Length < 200 && e.GlobalParams.Count == 0).Select(e => e.Expression)];

    /// <summary>A damaged copy of <paramref name="json"/>, as text.</summary>
    public static string Damage(string json, Random random)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            json = random.Next(4) switch
            {
                0 => ReplaceToken(json, random, Replacements[random.Next(Replacements.Length)]),
                1 => ReplaceToken(json, random, JsonSerializer.Serialize(HostileExpressions[random.Next(HostileExpressions.Length)]), stringsOnly: true),
                2 => json.Insert(random.Next(json.Length + 1), Insertions[random.Next(Insertions.Length)]),
                _ => json[..random.Next(json.Length + 1)] + (random.Next(2) == 0 ? "" : json[random.Next(json.Length)..]),
            };
        }

        return json;
    }

    /// <summary>The UTF-8 bytes of <paramref name="json"/> with some bytes replaced, often making invalid UTF-8.</summary>
    public static byte[] FlipBytes(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var n = random.Next(1, 6); n > 0 && bytes.Length > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    /// <summary>Replaces one scalar token (string, number, true, false, null) found by a lenient scan; the text is returned unchanged when it has none.</summary>
    private static string ReplaceToken(string json, Random random, string replacement, bool stringsOnly = false)
    {
        var tokens = ScalarTokens(json, stringsOnly);
        if (tokens.Count == 0)
        {
            return json;
        }

        var (start, length) = tokens[random.Next(tokens.Count)];
        return string.Concat(json.AsSpan(0, start), replacement, json.AsSpan(start + length));
    }

    private static List<(int Start, int Length)> ScalarTokens(string json, bool stringsOnly)
    {
        var tokens = new List<(int, int)>();
        for (var i = 0; i < json.Length; i++)
        {
            var start = i;
            if (json[i] == '"')
            {
                for (i++; i < json.Length && json[i] != '"'; i++)
                {
                    i += json[i] == '\\' ? 1 : 0;
                }

                tokens.Add((start, Math.Min(i + 1, json.Length) - start));
            }
            else if (!stringsOnly && (char.IsAsciiLetterOrDigit(json[i]) || json[i] == '-'))
            {
                while (i + 1 < json.Length && (char.IsAsciiLetterOrDigit(json[i + 1]) || json[i + 1] is '.' or '-' or '+'))
                {
                    i++;
                }

                tokens.Add((start, i + 1 - start));
            }
        }

        return tokens;
    }
}
