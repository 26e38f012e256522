using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    /// <summary>
    /// Refuses control, direction and invisible characters (see <see cref="SafeText.IsUnsafe"/>) in every name and string
    /// of the file outside expressions (which the expression lexer checks, allowing line breaks): rule text reaches
    /// terminals, Markdown, CDS Hooks cards and the rulebook, where an escape sequence, a direction override or a line
    /// break followed by <c># heading</c> would change what a clinician reads.
    /// </summary>
    /// <remarks>The path is a stack of property names and indexes, written out only for an error: a clean file allocates nothing here.</remarks>
    private void CheckText(LocatedValue value, List<(string? Name, int Index)> path)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String when value.Text is { } text && SafeText.IndexOfUnsafe(text) is var index and >= 0:
                ReportAt(value.Start, Path(path), DiagnosticCodes.UnsafeCharacter,
                    $"This text contains the character {SafeText.CodePoint(text[index])} at character {index + 1}: a control, direction-changing or invisible character, which would change what reports, terminals and documents show. Remove it (write line breaks as separate list items).", null, null);
                break;
            case JsonValueKind.Array:
                for (var i = 0; i < value.Items.Count; i++)
                {
                    path.Add((null, i));
                    CheckText(value.Items[i], path);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonValueKind.Object:
                for (var p = 0; p < value.Properties.Count; p++)
                {
                    var property = value.Properties[p];
                    path.Add((property.Name, -1));
                    if (SafeText.IndexOfUnsafe(property.Name) is var index and >= 0)
                    {
                        ReportAt(property.NameStart, Path(path), DiagnosticCodes.UnsafeCharacter,
                            $"This name contains the character {SafeText.CodePoint(property.Name[index])} at character {index + 1}: a control, direction-changing or invisible character; remove it.", null, null);
                    }

                    if (!string.Equals(property.Name, "Expression", StringComparison.OrdinalIgnoreCase))
                    {
                        CheckText(property.Value, path);
                    }

                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }

    private static string Path(List<(string? Name, int Index)> path) =>
        "$" + string.Concat(path.Select(p => p.Name is null ? $"[{p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]" : "." + p.Name));
}
