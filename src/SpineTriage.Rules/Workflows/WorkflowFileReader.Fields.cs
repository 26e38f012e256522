using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    private delegate void FieldReader(string field, LocatedProperty property, string path);

    /// <summary>Calls <paramref name="read"/> for each known field by its canonical name; unknown and repeated fields are reported.</summary>
    private void ForEachField(LocatedValue value, string path, string[] known, string what, string? workflowName, string? ruleName, FieldReader read)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.Properties)
        {
            var fieldPath = $"{path}.{property.Name}";
            var field = Array.Find(known, k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                var hint = NameSuggester.DidYouMean(property.Name, known) is { Length: > 0 } didYouMean
                    ? didYouMean
                    : $" Known fields are {string.Join(", ", known)}.";
                ReportAt(property.NameStart, fieldPath, DiagnosticCodes.UnknownField, $"Unknown field '{property.Name}' in a {what}; it would be ignored, so it is refused.{hint}", workflowName, ruleName);
            }
            else if (!seen.Add(field))
            {
                ReportAt(property.NameStart, fieldPath, DiagnosticCodes.DuplicateField, $"Field '{field}' appears more than once in this {what} (names are matched case-insensitively); keep one.", workflowName, ruleName);
            }
            else
            {
                read(field, property, fieldPath);
            }
        }
    }

    /// <summary>The required, non-empty name field of an object (the first occurrence), or null after reporting why not.</summary>
    private string? ReadName(LocatedValue value, string path, string field, string what, string? workflowName)
    {
        var property = value.Properties.FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            Report(value, path, DiagnosticCodes.MissingField, $"This {what} has no {field}; every {what} needs a unique, non-empty {field}.", workflowName);
            return null;
        }

        var fieldPath = $"{path}.{property.Name}";
        var name = ReadLocatedString(property.Value, fieldPath, field, workflowName, null)?.Text;
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            Report(property.Value, fieldPath, DiagnosticCodes.EmptyName, $"{field} is empty; give the {what} a unique, non-empty name.", workflowName);
            return null;
        }

        return name;
    }

    private LocatedString? ReadLocatedString(LocatedValue value, string path, string field, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.String, field, workflowName, ruleName))
        {
            return null;
        }

        return new LocatedString(value.Text!, Locate(value.Start, path), value.FirstEscapeIndex);
    }

    private bool? ReadBoolean(LocatedValue value, string path, string field, string? workflowName, string? ruleName)
    {
        if (value.Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Kind == JsonValueKind.True;
        }

        var found = value.Kind == JsonValueKind.String ? $"the string \"{value.Text}\"" : value.KindName;
        Report(value, path, DiagnosticCodes.WrongJsonType, $"{field} must be true or false (a JSON boolean, without quotes), but found {found}.", workflowName, ruleName);
        return null;
    }

    private List<LocatedString> ReadNames(LocatedValue value, string path, string field, string? workflowName, string? ruleName)
    {
        var names = new List<LocatedString>();
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Array, field, workflowName, ruleName))
        {
            return names;
        }

        for (var i = 0; i < value.Items.Count; i++)
        {
            if (ReadLocatedString(value.Items[i], $"{path}[{i}]", $"Each entry of {field}", workflowName, ruleName) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Checks a Properties value and has it parsed (now, or on the load's other thread when there is one) into <paramref name="assign"/>.</summary>
    private void ReadProperties(LocatedValue value, string path, string? workflowName, string? ruleName, Action<JsonElement> assign)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "Properties", workflowName, ruleName))
        {
            assign(default);
            return;
        }

        PropertiesParser.Parse(_utf8, value.Start, value.End - value.Start, _limits.MaxJsonDepth, assign, _worker);
    }

    private bool ExpectKind(LocatedValue value, string path, JsonValueKind kind, string what, string? workflowName, string? ruleName)
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

    private SourceLocation Locate(long offset, string path)
    {
        var (line, column) = _lines.At(offset);
        return new SourceLocation(_file, line, column, path);
    }

    private void Report(LocatedValue value, string path, string code, string message, string? workflowName = null, string? ruleName = null) =>
        ReportAt(value.Start, path, code, message, workflowName, ruleName);

    private void ReportAt(long offset, string path, string code, string message, string? workflowName, string? ruleName) =>
        _diagnostics.Add(Locate(offset, path).Error(code, message, workflowName, ruleName));
}
