using System.Security.Cryptography;
using System.Text;
using SpineTriage.Rules.Evaluation.Loading;

namespace SpineTriage.Rules.Tests.Evaluation.Loading;

/// <summary>
/// The rule-set version (<see cref="ContentHasher"/>): reports and audits carry it, so it must change with every change
/// of the rules or the host's overrides, and never with anything else; its layout is pinned against a reference.
/// </summary>
public sealed class ContentHasherTests
{
    private static readonly byte[] Workflow = Encoding.UTF8.GetBytes("""[{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x > 1"}]}]""");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_hash_is_sha256_over_length_prefixed_fields_in_the_order_added(bool inline)
    {
        var hash = Hash(inline, h =>
        {
            h.AddSource("a.json", Workflow, byteOrderMark: false);
            h.AddOverrides(new Dictionary<string, object?> { ["limit"] = 3 });
        });

        using var reference = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(reference, "source", "a.json");
        reference.AppendData(BitConverter.GetBytes(Workflow.Length));
        reference.AppendData(Workflow);
        AppendText(reference, "override", "LIMIT", typeof(int).FullName!, "3");
        Assert.Equal("sha256:" + Convert.ToHexStringLower(reference.GetHashAndReset()), hash);
    }

    [Fact]
    public void Every_change_of_content_name_order_byte_order_mark_or_override_changes_the_hash()
    {
        var other = Encoding.UTF8.GetBytes("""[{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x > 2"}]}]""");
        string[] hashes =
        [
            Hash(false, h => h.AddSource("a.json", Workflow, false)),
            Hash(false, h => h.AddSource("a.json", other, false)),
            Hash(false, h => h.AddSource("b.json", Workflow, false)),
            Hash(false, h => h.AddSource("a.json", Workflow, true)),
            Hash(false, h => { h.AddSource("a.json", Workflow, false); h.AddSource("b.json", other, false); }),
            Hash(false, h => { h.AddSource("b.json", other, false); h.AddSource("a.json", Workflow, false); }),
            Hash(false, h => { h.AddSource("a.json", Workflow, false); h.AddOverrides(new Dictionary<string, object?> { ["limit"] = 3 }); }),
            Hash(false, h => { h.AddSource("a.json", Workflow, false); h.AddOverrides(new Dictionary<string, object?> { ["limit"] = 3.0 }); }),
            Hash(false, h => { h.AddSource("a.json", Workflow, false); h.AddOverrides(new Dictionary<string, object?> { ["limit"] = null }); }),
        ];

        Assert.Equal(hashes.Length, hashes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Field_boundaries_count_so_shifting_text_between_name_and_content_changes_the_hash()
    {
        Assert.NotEqual(
            Hash(false, h => h.AddSource("ab", Encoding.UTF8.GetBytes("c"), false)),
            Hash(false, h => h.AddSource("a", Encoding.UTF8.GetBytes("bc"), false)));
    }

    [Fact]
    public void Overrides_are_read_in_name_order_whatever_order_the_host_added_them()
    {
        var forward = new Dictionary<string, object?> { ["alpha"] = 1, ["Beta"] = 2.5, ["gamma"] = "x" };
        var backward = new Dictionary<string, object?> { ["gamma"] = "x", ["Beta"] = 2.5, ["alpha"] = 1 };

        Assert.Equal(Hash(false, h => h.AddOverrides(forward)), Hash(false, h => h.AddOverrides(backward)));
    }

    private static string Hash(bool inline, Action<ContentHasher> add)
    {
        using var worker = new LoadWorker(inline);
        using var hasher = new ContentHasher(worker);
        add(hasher);
        return hasher.Finish();
    }

    private static void AppendText(IncrementalHash hash, params string[] texts)
    {
        foreach (var text in texts)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
    }
}
