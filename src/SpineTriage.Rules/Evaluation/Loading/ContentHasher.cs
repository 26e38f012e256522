using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>The rule-set version: SHA-256 over every source (name and content, in order) and the host overrides.</summary>
internal sealed class ContentHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void AddSource(RuleSource source)
    {
        Add("source");
        Add(source.Name);
        Add(source.Json);
    }

    public void AddOverrides(IDictionary<string, object?> overrides)
    {
        foreach (var (name, value) in overrides.OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase))
        {
            Add("override");
            Add(name.ToUpperInvariant());
            Add(value?.GetType().FullName ?? "null");
            Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    public string Finish() => "sha256:" + Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    // Length-prefixed, so that ("ab","c") and ("a","bc") hash differently.
    private void Add(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        _hash.AppendData(BitConverter.GetBytes(bytes.Length));
        _hash.AppendData(bytes);
    }
}
