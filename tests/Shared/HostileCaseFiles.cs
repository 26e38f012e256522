namespace SpineTriage.Hostile;

/// <summary>Case files that attacked the readers rather than the case model (issue 12), each with the error it must get.</summary>
internal static class HostileCaseFiles
{
    /// <summary>
    /// The unknown properties of the case that has thousands: 1,200 in the plain test run, 5,000 under SPINETRIAGE_DEEP=1.
    /// Each is a problem found and counted, so each costs the tests that read this case (CaseProblemCapTests, and the
    /// command line's HostileInputTests and HeapLimitTests); more than a thousand keeps the count's thousands separator.
    /// </summary>
    public static int UnknownPropertyCount { get; } = TestDepth.Count(1_200, 5_000);

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("case-link-to-dev-zero.json", "SPC003", HostileFileKind.LinkToDevZero),
        new("case-link-to-dev-urandom.json", "SPC003", HostileFileKind.LinkToDevUrandom),
        new("case-fifo.json", "SPC003", HostileFileKind.Fifo),
        new("case-link-loop.json", "SPC003", HostileFileKind.LinkLoop),
        new("case-broken-link.json", "SPC003", HostileFileKind.BrokenLink),
        new("case-over-size-limit.json", "SPC002", HostileFileKind.Regular, () => "{\"patient\":{\"age\":50}}" + new string(' ', 2 * 1024 * 1024)),

        // Issue 12, item 9: a list far over its limit is one problem, found before its elements are checked.
        new("case-300000-numeric-red-flags.json", "SPC103", HostileFileKind.Regular, () => "{\"symptoms\":{\"redFlags\":[" + string.Join(",", Enumerable.Repeat("1", 300_000)) + "]}}") { Location = "1:25" },

        // Issue 12, item 9: thousands of unknown properties list 100 problems, then one that counts the rest where the first left out is.
        new("case-thousands-of-unknown-properties.json", "SPC004", HostileFileKind.Regular, () => "{\"patient\":{" + string.Join(",", Enumerable.Range(0, UnknownPropertyCount).Select(i => $"\"unknown{i}\":1")) + "}}") { Location = "1:1403" },

        // Issue 12, item 11: a byte that is not UTF-8 is refused where it is, not read as U+FFFD (line 2: the byte after "ma").
        new("case-not-utf8.json", "SPC003", HostileFileKind.Regular) { Bytes = () => [.. "{\n  \"patient\": {\"sex\": \"ma"u8, 0xFF, .. "le\"}}"u8], Location = "2:25" },
    ];

    /// <summary>Cohort lines that were evaluated partly or silently (issue 12, item 5): each must be an error row.</summary>
    public static IReadOnlyList<(string Name, string Line, string Message)> CohortLines { get; } =
    [
        ("two envelopes on one line", """{"id":"a","case":{"patient":{"age":50}}} {"id":"b","case":{"patient":{"age":60}}}""", "malformed JSON"),
        ("trailing garbage after the envelope", """{"id":"c","case":{"patient":{"age":50}}} trailing""", "malformed JSON"),
        ("two bare cases on one line", """{"patient":{"age":50}} {"patient":{"age":60}}""", "$"),
        ("duplicate case key", """{"id":"d","case":{"patient":{"age":50}},"case":{"patient":{"age":99}}}""", "\"case\" more than once"),
        ("duplicate id key", """{"id":"e","id":"f","case":{"patient":{"age":50}}}""", "\"id\" more than once"),

        // Issue 12, item 11: escapes that make no text leaked a raw System.Text.Json message as an "internal error".
        ("lone surrogate in the id", """{"id":"x\ud800y","case":{"patient":{"age":50}}}""", "(column 7): The envelope holds a string whose escapes are not valid text"),
        ("lone surrogate in a member name", """{"i\udc00d":"z","case":{"patient":{"age":50}}}""", "(column 2): The envelope holds a string whose escapes are not valid text"),
    ];
}
