using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SpineTriage.Rules;

/// <summary>
/// A rule's <c>ErrorMessage</c> with its <c>$(input.path)</c> placeholders compiled at load and filled on failure, as RulesEngine does:
/// a bare name is written as JSON (strings quoted), a dotted path's string unquoted, objects and arrays as indented JSON.
/// </summary>
internal sealed partial class ErrorMessageTemplate
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly string _template;
    private readonly Placeholder[] _placeholders;

    public ErrorMessageTemplate(string template, IReadOnlyList<Placeholder> placeholders)
    {
        _template = template;
        _placeholders = [.. placeholders];
    }

    /// <summary>The placeholder texts (without <c>$(</c> and <c>)</c>) and their offsets in the template.</summary>
    public static IEnumerable<(string Path, int Offset)> FindPlaceholders(string template)
    {
        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            yield return (match.Groups[1].Value, match.Groups[1].Index);
        }
    }

    public string Format(object?[] args)
    {
        if (_placeholders.Length == 0)
        {
            return _template;
        }

        var text = new StringBuilder(_template);
        foreach (var placeholder in _placeholders)
        {
            text.Replace($"$({placeholder.Path})", Render(placeholder, args));
        }

        return text.ToString();
    }

    private static string Render(Placeholder placeholder, object?[] args)
    {
        try
        {
            var value = placeholder.Value(args);
            return value switch
            {
                null => "null",
                string s when placeholder.Path.Contains('.') => s,
                _ => JsonSerializer.Serialize(value, value.GetType(), JsonOptions),
            };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"<{exception.GetType().Name}>";
        }
    }

    [GeneratedRegex(@"\$\((.*?)\)")]
    private static partial Regex PlaceholderPattern();

    /// <summary>One compiled placeholder.</summary>
    internal sealed record Placeholder(string Path, Func<object?[], object?> Value);
}
