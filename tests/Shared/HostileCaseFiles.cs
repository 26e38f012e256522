namespace SpineTriage.Hostile;

/// <summary>Case files that attacked the readers rather than the case model (issue 12), each with the error it must get.</summary>
internal static class HostileCaseFiles
{
    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("case-link-to-dev-zero.json", "SPC003", HostileFileKind.LinkToDevZero),
        new("case-link-to-dev-urandom.json", "SPC003", HostileFileKind.LinkToDevUrandom),
        new("case-fifo.json", "SPC003", HostileFileKind.Fifo),
        new("case-link-loop.json", "SPC003", HostileFileKind.LinkLoop),
        new("case-broken-link.json", "SPC003", HostileFileKind.BrokenLink),
        new("case-over-size-limit.json", "SPC002", HostileFileKind.Regular, () => "{\"patient\":{\"age\":50}}" + new string(' ', 2 * 1024 * 1024)),
    ];
}
