using System.Text.Json;
using SpineTriage.Rules.Evaluation.Loading;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// Turns the <c>Properties</c> objects of rule files into <see cref="JsonElement"/>s, on the load's other thread when
/// there is one. Why: the first <see cref="JsonDocument"/> of a process pays System.Text.Json's start-up (tens of
/// milliseconds), and nothing reads Properties before the compiled workflows are built. The text was already checked
/// as JSON when the file was read, so parsing it cannot fail for bad content.
/// </summary>
internal static class PropertiesParser
{
    /// <summary>Parses the object at <paramref name="start"/> into <paramref name="assign"/>: now, or on <paramref name="worker"/> (assigned once its <see cref="LoadWorker.WaitIdle"/> returns).</summary>
    public static void Parse(byte[] utf8, int start, int length, int maxDepth, Action<JsonElement> assign, LoadWorker? worker)
    {
        if (worker is null)
        {
            assign(Parse(utf8, start, length, maxDepth));
        }
        else
        {
            worker.Post(() => assign(Parse(utf8, start, length, maxDepth)));
        }
    }

    private static JsonElement Parse(byte[] utf8, int start, int length, int maxDepth)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = maxDepth + 1 };
        using var document = JsonDocument.Parse(utf8.AsMemory(start, length), options);
        return document.RootElement.Clone();
    }
}
