using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    /// <summary>
    /// The canonical name of a known field (and <paramref name="path"/> becomes its path), or null after reporting an
    /// unknown or repeated field. <paramref name="seen"/> has a bit per known field, so no set is made per object
    /// (CompileScalingBenchmarks: a set, a delegate and a path string per field lived until the rule was read).
    /// </summary>
    private string? KnownField(LocatedProperty property, ref JsonPathRef path, string[] known, ref int seen, string what, string? workflowName, string? ruleName)
    {
        var index = IndexOfName(property, known);
        if (index < 0)
        {
            var name = property.Name;
            var hint = NameSuggester.DidYouMean(name, known) is { Length: > 0 } didYouMean
                ? didYouMean
                : $" Known fields are {string.Join(", ", known)}.";
            ReportAt(property.NameStart, path.Field(name), DiagnosticCodes.UnknownField, $"Unknown field '{name}' in a {what}; it would be ignored, so it is refused.{hint}", workflowName, ruleName);
            return null;
        }

        var field = known[index];
        var fieldPath = path.Field(property.NameAsWritten(field));
        if ((seen & (1 << index)) != 0)
        {
            ReportAt(property.NameStart, fieldPath, DiagnosticCodes.DuplicateField, $"Field '{field}' appears more than once in this {what} (names are matched case-insensitively); keep one.", workflowName, ruleName);
            return null;
        }

        seen |= 1 << index;
        path = fieldPath;
        return field;
    }

    private static int IndexOfName(LocatedProperty property, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (property.NameIs(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The required, non-empty name field of an object (the first occurrence), or null after reporting why not.</summary>
    private string? ReadName(LocatedValue value, JsonPathRef path, string field, string what, string? workflowName)
    {
        foreach (var property in value.Properties)
        {
            if (!property.NameIs(field))
            {
                continue;
            }

            var fieldPath = path.Field(property.NameAsWritten(field));
            var item = property.Value;
            if (item.Kind == JsonValueKind.Null || !ExpectKind(item, fieldPath, JsonValueKind.String, field, workflowName, null))
            {
                return null;
            }

            var name = item.Text!;
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(item, fieldPath, DiagnosticCodes.EmptyName, $"{field} is empty; give the {what} a unique, non-empty name.", workflowName);
                return null;
            }

            return name;
        }

        Report(value, path, DiagnosticCodes.MissingField, $"This {what} has no {field}; every {what} needs a unique, non-empty {field}.", workflowName);
        return null;
    }

    private LocatedString? ReadLocatedString(LocatedValue value, JsonPathRef path, string field, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.String, field, workflowName, ruleName))
        {
            return null;
        }

        var (line, column) = _lines.At(value.Start);
        return new LocatedString(value.Text!, _file, line, column, path, value.FirstEscapeIndex);
    }

    private bool? ReadBoolean(LocatedValue value, JsonPathRef path, string field, string? workflowName, string? ruleName)
    {
        if (value.Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Kind == JsonValueKind.True;
        }

        var found = value.Kind == JsonValueKind.String ? $"the string \"{value.Text}\"" : value.KindName;
        Report(value, path, DiagnosticCodes.WrongJsonType, $"{field} must be true or false (a JSON boolean, without quotes), but found {found}.", workflowName, ruleName);
        return null;
    }

    private void ReadNames(LocatedValue value, JsonPathRef path, string field, List<LocatedString> into, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Array, field, workflowName, ruleName))
        {
            return;
        }

        var i = 0;
        foreach (var item in value.Items)
        {
            if (ReadLocatedString(item, path.Item(i++), $"Each entry of {field}", workflowName, ruleName) is { } name)
            {
                into.Add(name);
            }
        }
    }

    /// <summary>Checks a Properties value and has it parsed (now, or on the load's other thread when there is one) into <paramref name="assign"/>.</summary>
    private void ReadProperties(LocatedValue value, JsonPathRef path, string? workflowName, string? ruleName, Action<JsonElement> assign)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "Properties", workflowName, ruleName))
        {
            assign(default);
            return;
        }

        CheckDuplicateKeys(value, path, new JsonTrail(), workflowName, ruleName);
        PropertiesParser.Parse(_utf8, value.Start, value.End - value.Start, _limits.MaxJsonDepth, assign, _worker);
    }

    private bool ExpectKind(LocatedValue value, JsonPathRef path, JsonValueKind kind, string what, string? workflowName, string? ruleName)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        var expected = kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => "a string",
        };
        Report(value, path, DiagnosticCodes.WrongJsonType, $"{what} must be {expected}, but found {value.KindName}.", workflowName, ruleName);
        return false;
    }

    private SourceLocation Locate(long offset, JsonPathRef path)
    {
        var (line, column) = _lines.At(offset);
        return new SourceLocation(_file, line, column, path);
    }

    private void Report(LocatedValue value, JsonPathRef path, string code, string message, string? workflowName = null, string? ruleName = null) =>
        ReportAt(value.Start, path, code, message, workflowName, ruleName);

    private void ReportAt(long offset, JsonPathRef path, string code, string message, string? workflowName, string? ruleName) =>
        _diagnostics.Add(Locate(offset, path).Error(code, message, workflowName, ruleName));
}
