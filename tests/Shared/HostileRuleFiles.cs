using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SpineTriage.Hostile;

/// <summary>How a hostile rule or case file is put on disk.</summary>
public enum HostileFileKind
{
    /// <summary>A regular file with the given text.</summary>
    Regular,

    /// <summary>A symbolic link to <c>/dev/zero</c>: endless bytes, length 0.</summary>
    LinkToDevZero,

    /// <summary>A symbolic link to <c>/dev/urandom</c>: endless bytes, length 0.</summary>
    LinkToDevUrandom,

    /// <summary>A FIFO with no writer: opening it for reading blocks.</summary>
    Fifo,

    /// <summary>A symbolic link to itself.</summary>
    LinkLoop,

    /// <summary>A symbolic link to nothing.</summary>
    BrokenLink,
}

/// <summary>A hostile file and the error code a load or read must answer it with (located, never a crash or a hang).</summary>
internal sealed record HostileFile(string Name, string ExpectedCode, HostileFileKind Kind, Func<string>? Text = null)
{
    /// <summary>Gets the line and column (<c>line:column</c>) the expected error of a case file names.</summary>
    public string Location { get; init; } = "1:1";

    /// <summary>Gets the bytes of a regular file that is not text (invalid UTF-8), written instead of <see cref="Text"/>.</summary>
    public Func<byte[]>? Bytes { get; init; }

    /// <summary>Puts the file in <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory)
    {
        var path = Path.Combine(directory, Name);
        switch (Kind)
        {
            case HostileFileKind.Regular when Bytes is not null:
                File.WriteAllBytes(path, Bytes());
                break;
            case HostileFileKind.Regular:
                File.WriteAllText(path, Text!(), new UTF8Encoding(false));
                break;
            case HostileFileKind.LinkToDevZero:
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case HostileFileKind.LinkToDevUrandom:
                File.CreateSymbolicLink(path, "/dev/urandom");
                break;
            case HostileFileKind.LinkLoop:
                File.CreateSymbolicLink(path, Name);
                break;
            case HostileFileKind.BrokenLink:
                File.CreateSymbolicLink(path, "no-such-target.json");
                break;
            case HostileFileKind.Fifo:
                using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
                {
                    mkfifo.WaitForExit();
                    if (mkfifo.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"mkfifo {path} failed.");
                    }
                }

                break;
        }

        return path;
    }

    public override string ToString() => Name;
}

/// <summary>
/// Rule files that attacked the loader rather than the expression language (issue 12): files that are not regular,
/// injection fan-out, placeholder bombs, and files over the size limit. Every workflow reads an input named <c>patient</c>
/// with an <c>Age</c> member, and workflow names are unique across files, so all of them can be loaded as one directory.
/// </summary>
internal static class HostileRuleFiles
{
    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("injection-fan-out-duplicates.json", "SPR609", HostileFileKind.Regular, DuplicateFanOut),
        new("injection-fan-out-distinct.json", "SPR113", HostileFileKind.Regular, DistinctFanOut),
        new("injection-rule-set-fan-out.json", "SPR113", HostileFileKind.Regular, RuleSetFanOut),
        new("placeholders-many.json", "SPR406", HostileFileKind.Regular, ManyPlaceholders),
        new("placeholders-unclosed.json", "SPR407", HostileFileKind.Regular, UnclosedPlaceholders),
        new("over-size-limit.json", "SPR001", HostileFileKind.Regular, () => Workflow("Big", Rule("Big1", "patient.Age > 1")) + new string(' ', 4 * 1024 * 1024)),
        new("control-characters-in-rule-text.json", "SPR114", HostileFileKind.Regular, ControlCharacters),
        new("not-utf8.json", "SPR004", HostileFileKind.Regular) { Bytes = () => [.. "{\"WorkflowName\":\"Latin1"u8, 0xE9, .. "\",\"Rules\":[]}"u8], Location = "1:25" },
        new("properties-duplicate-keys.json", "SPR103", HostileFileKind.Regular, () =>
            """{"WorkflowName":"DupKeys","Rules":[{"RuleName":"DupKeysR","Expression":"patient.Age > 1","Properties":{"kind":"redFlag","reason":"r","kind":"info"}}]}"""),
        new("link-to-dev-zero.json", "SPR004", HostileFileKind.LinkToDevZero),
        new("fifo.json", "SPR004", HostileFileKind.Fifo),
        new("link-loop.json", "SPR004", HostileFileKind.LinkLoop),
        new("broken-link.json", "SPR004", HostileFileKind.BrokenLink),

        // Problems are capped over a load, so the file with thousands sorts last and leaves the others' errors listed.
        new("zz-thousands-of-broken-rules.json", "SPR005", HostileFileKind.Regular, ThousandsOfBrokenRules),
    ];

    public static HostileFile Named(string name) => All.Single(f => f.Name == name);

    internal static string Rule(string name, string expression, string? errorMessage = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["RuleName"] = name,
            ["Expression"] = expression,
            ["ErrorMessage"] = errorMessage ?? name,
        });

    internal static string Workflow(string name, string rules, string? inject = null, string? globals = null) =>
        $$"""{"WorkflowName":"{{name}}"{{(inject is null ? "" : $",\"WorkflowsToInject\":[{inject}]")}}{{(globals is null ? "" : $",\"GlobalParams\":{globals}")}},"Rules":[{{rules}}]}""";

    /// <summary>Each of 17 workflows injects the one before ten times: 10^16 rules if expanded.</summary>
    private static string DuplicateFanOut() =>
        "[" + string.Join(",", Enumerable.Range(0, 17).Select(i => i == 0
            ? Workflow("DupW0", Rule("DupR0", "patient.Age > 1"))
            : Workflow($"DupW{i}", Rule($"DupR{i}", "patient.Age > 1"), string.Join(",", Enumerable.Repeat($"\"DupW{i - 1}\"", 10))))) + "]";

    /// <summary>Sixteen levels of ten workflows, each injecting all ten of the level below: no duplicate entry, 10^16 rules.</summary>
    private static string DistinctFanOut()
    {
        var workflows = new List<string>();
        for (var level = 0; level <= 16; level++)
        {
            for (var k = 0; k < 10; k++)
            {
                var below = level == 0 ? null : string.Join(",", Enumerable.Range(0, 10).Select(j => $"\"FanL{level - 1}W{j}\""));
                workflows.Add(Workflow($"FanL{level}W{k}", Rule($"FanL{level}W{k}R", "patient.Age > 1"), below));
            }
        }

        return "[" + string.Join(",", workflows) + "]";
    }

    /// <summary>A hundred workflows, each under the per-workflow limit, each injecting one of 1,000 rules: 101,100 rules in all.</summary>
    private static string RuleSetFanOut()
    {
        var big = Workflow("SetBig", string.Join(",", Enumerable.Range(0, 1_000).Select(i => Rule($"SetBigR{i}", "patient.Age > 1"))));
        var copies = Enumerable.Range(0, 100).Select(i => Workflow($"SetCopy{i}", Rule($"SetCopy{i}R", "patient.Age > 1"), "\"SetBig\""));
        return "[" + string.Join(",", copies.Prepend(big)) + "]";
    }

    /// <summary>Texts that reach every renderer: ESC sequences, an OSC-8 link, a direction override, a line break before a heading.</summary>
    internal static IReadOnlyList<string> MarkupAndControlTexts { get; } =
    [
        "\u001b[2J\u001b[HCleared screen",
        "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007",
        "Reversed \u202Etxt.exe",
        "Line\n# Injected heading",
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
    ];

    private static string ControlCharacters() =>
        Workflow("Control", string.Join(",", MarkupAndControlTexts.Take(4).Select((text, i) =>
            $$$"""{"RuleName":"ControlR{{{i}}}","Expression":"patient.Age > 1","Properties":{"kind":"info","reason":{{{JsonSerializer.Serialize(text)}}},"source":"s","evidence":"e"}}""")));

    /// <summary>
    /// Rules that each read a member the input does not have, one error each, of which 100 are kept (issue 12, item 9):
    /// 1,200 in the plain test run, 5,000 under SPINETRIAGE_DEEP=1. Every broken rule costs its error's work in each test
    /// that loads thousands of them (ProblemCapTests, HostileRuleFileTests, and the command line's HeapLimitTests and
    /// HostileInputTests); more than a thousand keeps the count's thousands separator.
    /// </summary>
    public static int BrokenRuleCount { get; } = TestDepth.Count(1_200, 5_000);

    private static string ThousandsOfBrokenRules() =>
        Workflow("Broken", string.Join(",", Enumerable.Range(0, BrokenRuleCount).Select(i => Rule($"BrokenR{i}", "patient.NoSuchMember > 1"))));

    /// <summary>600,000 placeholders in one ErrorMessage (2.4 MB).</summary>
    private static string ManyPlaceholders() =>
        Workflow("Placeholders", Rule("PlaceholdersR", "patient.Age > 1", string.Concat(Enumerable.Repeat("$(a)", 600_000))), globals: """[{"Name":"a","Expression":"patient.Age"}]""");

    /// <summary>Two million unclosed <c>$(</c>: quadratic for a regular expression that looks for the closing parenthesis from each.</summary>
    private static string UnclosedPlaceholders() =>
        Workflow("Unclosed", Rule("UnclosedR", "patient.Age > 1", string.Concat(Enumerable.Repeat("$(", 2_000_000))));
}
