using System.Text;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// A rule's <c>ErrorMessage</c> with its <c>$(input.path)</c> placeholders bound at load and filled on failure, as RulesEngine does:
/// a bare name is written as JSON (strings quoted), a dotted path's string unquoted, objects and arrays as indented JSON of
/// the members expressions can read. The template is read in one pass and filled in one pass: a value is written once and
/// never read again as a template, and the message stops at <see cref="RuleLimits.MaxStringLength"/>.
/// </summary>
internal sealed class ErrorMessageTemplate
{
    /// <summary>What ends a message cut at its length limit.</summary>
    internal const string TruncationMark = "… (truncated at RuleLimits.MaxStringLength)";

    private readonly string _template;
    private readonly Placeholder[] _placeholders;
    private readonly int _maxLength;

    public ErrorMessageTemplate(string template, IReadOnlyList<Placeholder> placeholders, int maxLength)
    {
        _template = template;
        _placeholders = [.. placeholders.OrderBy(p => p.Start)];
        _maxLength = maxLength;
    }

    /// <summary>
    /// The placeholders of a template in one left-to-right pass (what the pattern <c>\$\((.*?)\)</c> matches, in linear time):
    /// the text between <c>$(</c> and the next <c>)</c>, its offset, and where the placeholder starts and ends.
    /// </summary>
    public static IEnumerable<PlaceholderText> FindPlaceholders(string template)
    {
        var position = 0;
        while (position < template.Length)
        {
            var start = template.IndexOf("$(", position, StringComparison.Ordinal);
            if (start < 0)
            {
                yield break;
            }

            var close = template.IndexOf(')', start + 2);
            if (close < 0)
            {
                yield break; // No ')' is left, so no later "$(" can close either.
            }

            yield return new PlaceholderText(template[(start + 2)..close], start + 2, start, close + 1);
            position = close + 1;
        }
    }

    public string Format(object?[] args)
    {
        if (_placeholders.Length == 0)
        {
            return Limit(_template);
        }

        var text = new StringBuilder();
        var position = 0;
        foreach (var placeholder in _placeholders)
        {
            text.Append(_template, position, placeholder.Start - position);
            if (text.Length > _maxLength)
            {
                break;
            }

            PlaceholderValueWriter.Write(text, Value(placeholder, args), placeholder.Type, quoteStrings: !placeholder.Path.Contains('.'), _maxLength + 1 - text.Length);
            position = placeholder.End;
            if (text.Length > _maxLength)
            {
                break;
            }
        }

        if (text.Length <= _maxLength)
        {
            text.Append(_template, position, Math.Min(_template.Length - position, _maxLength + 1 - text.Length));
        }

        return Limit(text.ToString());
    }

    private static object? Value(Placeholder placeholder, object?[] args)
    {
        try
        {
            return EvaluateMode.Walker(args, TruthMode.ThreeValued).Value(placeholder.Value);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new PlaceholderValueWriter.Failure(exception.GetType().Name);
        }
    }

    private string Limit(string text) =>
        text.Length <= _maxLength ? text : string.Concat(text.AsSpan(0, Math.Max(0, _maxLength - TruncationMark.Length)), TruncationMark);

    /// <summary>A placeholder as written: its text, the offset of that text, and the span of <c>$(…)</c> in the template.</summary>
    internal readonly record struct PlaceholderText(string Path, int Offset, int Start, int End);

    /// <summary>One bound placeholder: what it reads, the type expressions see, and the span of <c>$(…)</c> it replaces.</summary>
    internal sealed record Placeholder(string Path, BoundExpression Value, int Start, int End)
    {
        public Type Type => Value.Type;
    }
}
