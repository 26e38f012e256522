using SpineTriage.Rules.Files;

namespace SpineTriage.Rules;

/// <summary>The content of one rule file and the name diagnostics use for it.</summary>
public sealed class RuleSource
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The name used in diagnostics, usually the file path.</param>
    /// <param name="json">The JSON text: one workflow object or an array of them.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public RuleSource(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        Name = name;
        Json = json;
    }

    /// <summary>Gets the name used in diagnostics.</summary>
    public string Name { get; }

    /// <summary>Gets the JSON text.</summary>
    public string Json { get; }

    /// <summary>
    /// Gets the size in bytes of a file that was not read because it is over the size limit it was read with (at least
    /// this size: reading stops past the limit); null when <see cref="Json"/> is the whole content. Loading such a source
    /// reports a located error.
    /// </summary>
    /// <value>Null for a source read in full or made from text.</value>
    public long? UnreadBytes { get; private init; }

    /// <summary>Gets the limit the content was read with when <see cref="UnreadBytes"/> is set.</summary>
    internal long ReadLimit { get; private init; }

    /// <summary>
    /// Gets why the file could not be read at all (missing, not a regular file, a link loop, not UTF-8), as a sentence;
    /// null when it was read. <see cref="Json"/> is then empty, and loading the source reports this as a located error.
    /// </summary>
    /// <value>Null for a source read or made from text.</value>
    public string? ReadProblem { get; private init; }

    /// <summary>Where <see cref="ReadProblem"/> is in the file (the first byte that is not UTF-8), else the start.</summary>
    internal (int Line, int Column) ReadProblemAt { get; private init; } = (1, 1);

    /// <summary>Reads a rule file (UTF-8, with or without a byte order mark) of at most the default <see cref="RuleLimits.MaxFileBytes"/>.</summary>
    /// <param name="path">The file path, which also names the source in diagnostics.</param>
    /// <returns>The source. A file that cannot be read, is not a regular file or is too large gives a source that loads as a located error.</returns>
    public static RuleSource FromFile(string path) => FromFile(path, path, new RuleLimits().MaxFileBytes);

    /// <summary>Reads a rule file with <see cref="TextFileReader"/>: regular files only, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="name">The name diagnostics use for the source.</param>
    /// <param name="maxBytes">The largest file read, usually <see cref="RuleLimits.MaxFileBytes"/>.</param>
    /// <returns>The source. A file that cannot be read, is not a regular file or is too large gives a source that loads as a located error.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static RuleSource FromFile(string path, string name, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        var read = TextFileReader.Read(path, maxBytes);
        return read.Problem switch
        {
            TextFileProblem.None => new RuleSource(name, read.Text!),
            TextFileProblem.TooLarge => new RuleSource(name, "") { UnreadBytes = read.BytesRead, ReadLimit = maxBytes },
            _ => new RuleSource(name, "") { ReadProblem = read.Message, ReadProblemAt = (read.Line, read.Column) },
        };
    }

    /// <summary>
    /// Lists the rule files of a directory as <see cref="RuleSet.LoadDirectory"/> reads them: every <c>*.json</c> file directly
    /// in it, JSON Schemas (<c>*.schema.json</c>) excepted, in ordinal order.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The files' paths (the directory joined with each file name); empty when it holds no rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">The directory does not exist or cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be listed.</exception>
    public static IReadOnlyList<string> FilesIn(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Directory.GetFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads a stream of UTF-8 JSON, stopping after <paramref name="maxBytes"/> + 1 bytes so a huge stream is never held in memory.</summary>
    internal static RuleSource FromStream(Stream stream, string name, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (bytes, length) = TextFileReader.ReadBounded(stream, maxBytes);
        if (length > maxBytes)
        {
            return new RuleSource(name, "") { UnreadBytes = length, ReadLimit = maxBytes };
        }

        return Utf8Check.FirstInvalid(bytes.AsSpan(0, length)) is { } invalid
            ? new RuleSource(name, "") { ReadProblem = invalid.Message, ReadProblemAt = (invalid.Line, invalid.Column) }
            : new RuleSource(name, TextFileReader.Decode(bytes, length));
    }
}
