using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    private const int PropertyLocationDepth = 4;

    /// <summary>
    /// The location of every value inside a workflow's <c>Properties</c>, a few levels deep, keyed by its path relative to
    /// <c>Properties</c> (<c>myhost.default</c>, <c>myhost.verdicts[2]</c>): hosts that read their own settings
    /// there can then report problems at the exact line and column.
    /// </summary>
    private Dictionary<string, SourceLocation> LocateProperties(LocatedValue value, string path)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        AddLocations(value, path, string.Empty, PropertyLocationDepth, locations);
        return locations;
    }

    private void AddLocations(LocatedValue value, string jsonPath, string relativePath, int depth, Dictionary<string, SourceLocation> locations)
    {
        if (depth == 0)
        {
            return;
        }

        if (value.Kind == JsonValueKind.Object)
        {
            foreach (var property in value.Properties)
            {
                var name = property.Name;
                var relative = relativePath.Length == 0 ? name : $"{relativePath}.{name}";
                var propertyPath = $"{jsonPath}.{name}";
                locations.TryAdd(relative, Locate(property.Value.Start, propertyPath));
                AddLocations(property.Value, propertyPath, relative, depth - 1, locations);
            }
        }
        else if (value.Kind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in value.Items)
            {
                var relative = $"{relativePath}[{i}]";
                var itemPath = $"{jsonPath}[{i}]";
                locations.TryAdd(relative, Locate(item.Start, itemPath));
                AddLocations(item, itemPath, relative, depth - 1, locations);
                i++;
            }
        }
    }
}
