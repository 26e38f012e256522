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

    /// <summary>Gets the size of content that was not read because it is over the file size limit; null when <see cref="Json"/> is the whole content.</summary>
    internal long? UnreadBytes { get; private init; }

    /// <summary>Reads a rule file (UTF-8, with or without a byte order mark).</summary>
    /// <param name="path">The file path, which also names the source in diagnostics.</param>
    /// <returns>The source.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new RuleSource(path, File.ReadAllText(path));
    }

    /// <summary>Reads a rule file unless it is larger than <paramref name="maxBytes"/>: then only its size is kept, for the diagnostic.</summary>
    internal static RuleSource FromFile(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        return length > maxBytes ? new RuleSource(path, "") { UnreadBytes = length } : FromFile(path);
    }

    /// <summary>Reads a stream of UTF-8 JSON, stopping after <paramref name="maxBytes"/> + 1 bytes so a huge stream is never held in memory.</summary>
    internal static RuleSource FromStream(Stream stream, string name, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > maxBytes
            ? new RuleSource(name, "") { UnreadBytes = buffer.Length }
            : new RuleSource(name, new StreamReader(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length), detectEncodingFromByteOrderMarks: true).ReadToEnd());
    }
}
