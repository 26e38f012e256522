using System.Reflection;
using System.Text;
using SpineTriage.Cases;
using SpineTriage.Cases.Json;

namespace SpineTriage.Assessments;

/// <summary>
/// Turns the engine's member paths (<c>imaging.Levels[1].TranslationMm</c>) into case JSON paths
/// (<c>imaging.levels[1].translationMm</c>); JSON names come from the case model (<c>HbA1cPercent</c> → <c>hba1cPercent</c>).
/// </summary>
internal static class CasePaths
{
    /// <summary>The most paths kept converted (a case model has a few hundred paths; indexes make more, so the cache stops growing).</summary>
    private const int MaxKept = 4_096;

    private static readonly Dictionary<string, string> JsonNames = ReadJsonNames();

    /// <summary>Paths converted before: the report and the verdicts-only result of every case share these strings instead of building new ones.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);

    public static string ToJsonPath(string memberPath)
    {
        if (Kept.TryGetValue(memberPath, out var kept))
        {
            return kept;
        }

        var converted = Convert(memberPath);
        if (Kept.Count < MaxKept)
        {
            Kept.TryAdd(memberPath, converted);
        }

        return converted;
    }

    private static string Convert(string memberPath)
    {
        var text = new StringBuilder(memberPath.Length);
        foreach (var segment in memberPath.Split('.'))
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            text.Append(JsonNames.TryGetValue(name, out var jsonName) ? jsonName : CamelCase(name));
            if (bracket >= 0)
            {
                text.Append(segment, bracket, segment.Length - bracket);
            }
        }

        return text.ToString();
    }

    private static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static Dictionary<string, string> ReadJsonNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Type[] types = [typeof(PatientCase), typeof(PatientDetails), typeof(SymptomFindings), typeof(ImagingFindings), typeof(ImagingLevel), typeof(ConservativeCare), typeof(Injection), typeof(SurgicalHistory)];
        foreach (var type in types)
        {
            foreach (var property in CaseJsonContext.Default.GetTypeInfo(type)!.Properties)
            {
                if (property.AttributeProvider is MemberInfo member)
                {
                    names.TryAdd(member.Name, property.Name);
                }
            }
        }

        return names;
    }
}
