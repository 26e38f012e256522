using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>The rule-set version: SHA-256 over every source (name and content, in order) and the host overrides.</summary>
/// <remarks>
/// The first SHA-256 of a process loads the crypto assembly and initialises the native library (milliseconds), so the
/// hash object is made on the load's other thread while the loader reads and compiles (the loading thread never names
/// the crypto types before <see cref="Finish"/>), which also hashes the texts there, in the order added.
/// </remarks>
internal sealed class ContentHasher : IDisposable
{
    private readonly LoadWorker _worker;
    private IDisposable? _hash;

    public ContentHasher(LoadWorker worker)
    {
        _worker = worker;
        worker.Post(() => _hash = CreateSha256());
    }

    /// <summary>Adds a source by its name and its UTF-8 content, which the reader reads too (one copy, not two: CompileScalingBenchmarks).</summary>
    /// <param name="name">The source's name.</param>
    /// <param name="utf8">The content's UTF-8 bytes after any byte order mark; never changed afterwards.</param>
    /// <param name="byteOrderMark">Whether the content began with a byte order mark, which is hashed as it always was.</param>
    public void AddSource(string name, byte[] utf8, bool byteOrderMark)
    {
        Add("source", name);
        _worker.Post(() =>
        {
            var hash = (IncrementalHash)_hash!;
            var bomLength = byteOrderMark ? Encoding.UTF8.Preamble.Length : 0;
            hash.AppendData(BitConverter.GetBytes(bomLength + utf8.Length));
            if (byteOrderMark)
            {
                hash.AppendData(Encoding.UTF8.Preamble);
            }

            hash.AppendData(utf8);
        });
    }

    public void AddOverrides(IDictionary<string, object?> overrides)
    {
        var names = new string[overrides.Count];
        overrides.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var value = overrides[name];
            Add("override", name.ToUpperInvariant(), value?.GetType().FullName ?? "null", Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    /// <summary>
    /// Adds the host-registered types (<see cref="RuleSetOptions.CustomTypes"/>), in name order: each one's name, its
    /// assembly (name and version, so a new build of the host's functions is a new rule-set version) and the signature
    /// of every method rules can call. Nothing is added when none is registered, so hashes without them are unchanged.
    /// </summary>
    public void AddHostTypes(IEnumerable<Type> types)
    {
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            Add("customType", type.FullName ?? type.Name, type.Assembly.FullName ?? string.Empty);
            foreach (var method in Expressions.HostFunctionCatalog.CallableMethods(type))
            {
                Add("function", Expressions.HostFunctionCatalog.Signature(method));
            }
        }
    }

    /// <summary>
    /// Adds the shape of each input read from JSON or a dictionary (<see cref="RuleInput.FromJsonSchema(string, System.Text.Json.JsonElement)"/>):
    /// its schema decides how rules are typed and what reads as missing, so another schema is another rule-set version.
    /// Nothing is added for inputs of the host's own types, so hashes without JSON inputs are unchanged.
    /// </summary>
    public void AddJsonInputs(IEnumerable<RuleInput> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.Dynamic is { } dynamic)
            {
                Add("jsonInput", input.Name, Inputs.JsonShapeText.Of(dynamic.Shape));
            }
        }
    }

    public string Finish()
    {
        var hash = (IncrementalHash)Made();
        return "sha256:" + Hex(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        _worker.Drain();
        _hash?.Dispose();
    }

    private void Add(params string[] texts) => _worker.Post(() =>
    {
        var hash = (IncrementalHash)_hash!;
        foreach (var text in texts)
        {
            // Length-prefixed, so that ("ab","c") and ("a","bc") hash differently.
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
    });

    private IDisposable Made()
    {
        _worker.WaitIdle();
        return _hash!;
    }

    private static IDisposable CreateSha256() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // By hand: Convert.ToHexStringLower's vectorised path is compiled at run time on the first call.
    private static string Hex(byte[] digest)
    {
        const string Digits = "0123456789abcdef";
        var text = new char[digest.Length * 2];
        for (var i = 0; i < digest.Length; i++)
        {
            text[2 * i] = Digits[digest[i] >> 4];
            text[(2 * i) + 1] = Digits[digest[i] & 0xF];
        }

        return new string(text);
    }
}
