using System.Text;
using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Reports.Rendering;

/// <summary>
/// The verdict precedence of one assessment as a Mermaid <c>flowchart TD</c>: one question per verdict in precedence
/// order, the rules that feed each question, and the default at the end. Ids are generated (<c>q0</c>, <c>r3</c>) and
/// every label is quoted with its quotes escaped, so any rule or verdict name renders.
/// </summary>
internal static class MermaidFlowchart
{
    public static string For(AssessmentDefinition assessment)
    {
        var chart = new StringBuilder("```mermaid\nflowchart TD\n");
        chart.Append("  caseStart([\"Patient case\"]) --> q0\n");
        for (var i = 0; i < assessment.Verdicts.Count; i++)
        {
            var verdict = assessment.Verdicts[i];
            chart.Append($"  q{i}{{\"{Label($"{verdict}: is one of its rules Met?")}\"}}\n");
            chart.Append($"  q{i} -- yes --> v{i}[\"{Label(verdict)}\"]\n");
            chart.Append(i + 1 < assessment.Verdicts.Count ? $"  q{i} -- no --> q{i + 1}\n" : $"  q{i} -- no --> fallback[\"{Label($"{assessment.DefaultVerdict} (default)")}\"]\n");
        }

        var rules = assessment.Workflow.Rules;
        for (var r = 0; r < rules.Count; r++)
        {
            if (assessment.RuleVerdicts[r] is { } verdict)
            {
                var question = IndexOf(assessment.Verdicts, verdict);
                chart.Append($"  r{r}[\"{Label(rules[r].Name)}\"] -.-> q{question}\n");
            }
        }

        return chart.Append("```\n").ToString();
    }

    /// <summary>Mermaid label text inside double quotes: quotes and characters Markdown or Mermaid treat specially become entity codes.</summary>
    public static string Label(string text)
    {
        var label = new StringBuilder(text.Length);
        foreach (var c in SafeText.Visible(text))
        {
            label.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '`' => "#96;",
                '#' => "#35;",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return label.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> verdicts, string verdict)
    {
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i] == verdict)
            {
                return i;
            }
        }

        return -1;
    }
}
