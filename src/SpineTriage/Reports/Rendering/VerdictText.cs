using System.Text;

namespace SpineTriage.Reports.Rendering;

/// <summary>Turns verdict names into words ("OptimizeFirst" → "Optimize first").</summary>
internal static class VerdictText
{
    public static string Describe(string verdict)
    {
        var text = new StringBuilder(verdict.Length + 4);
        for (var i = 0; i < verdict.Length; i++)
        {
            var c = verdict[i];
            text.Append(i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return text.ToString();
    }
}
