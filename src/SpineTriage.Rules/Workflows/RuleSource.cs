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

    /// <summary>Reads a rule file (UTF-8, with or without a byte order mark).</summary>
    /// <param name="path">The file path, which also names the source in diagnostics.</param>
    /// <returns>The source.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new RuleSource(path, File.ReadAllText(path));
    }
}
