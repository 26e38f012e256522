using System.Text.Json;

namespace SpineTriage.Tests.RulePack;

/// <summary>Issue 14, finding 13: next steps in one voice, addressed to the clinician, with the five diagnostic questions written out; no unsupported outcome figure.</summary>
public sealed class NextStepVoiceTests
{
    private static readonly string[] Verbs =
    [
        "Act", "Arrange", "Before", "Check", "Complete", "Consider", "Continue", "Correct", "Discuss", "Document", "Follow", "Give", "Go", "Offer", "Order",
        "Reassess", "Refer", "Replete", "Repeat", "Review", "Start", "Use",
    ];

    public static TheoryData<string> NextSteps()
    {
        // Distinct: the same step under several verdicts or rules is one test case (xUnit skips duplicate IDs).
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in RepositoryFiles.WorkflowFiles())
        {
            using var workflow = JsonDocument.Parse(File.ReadAllText(file));
            var root = workflow.RootElement;
            if (root.GetProperty("Properties").GetProperty("spinetriage").TryGetProperty("nextSteps", out var byVerdict))
            {
                foreach (var steps in byVerdict.EnumerateObject())
                {
                    foreach (var step in steps.Value.EnumerateArray())
                    {
                        if (seen.Add(step.GetString()!))
                        {
                            data.Add(step.GetString()!);
                        }
                    }
                }
            }

            foreach (var rule in root.GetProperty("Rules").EnumerateArray())
            {
                if (rule.GetProperty("Properties").TryGetProperty("nextSteps", out var steps))
                {
                    foreach (var step in steps.EnumerateArray())
                    {
                        if (seen.Add(step.GetString()!))
                        {
                            data.Add(step.GetString()!);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NextSteps))]
    public void Every_next_step_is_an_instruction_to_the_clinician(string step)
    {
        Assert.Contains(step.Split(' ', ',')[0], Verbs);
        Assert.DoesNotMatch(@"\b(you|your|Ask for)\b", step);
    }

    [Theory]
    [MemberData(nameof(NextSteps))]
    public void The_five_diagnostic_questions_are_written_out_wherever_they_are_named(string step)
    {
        if (step.Contains("five diagnostic questions", StringComparison.Ordinal))
        {
            Assert.Contains("(5) what a six-month delay really risks", step, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_shipped_rule_text_repeats_the_unsupported_outcome_figures()
    {
        foreach (var file in RepositoryFiles.WorkflowFiles())
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("83 %", text, StringComparison.Ordinal);
            Assert.DoesNotContain("7,000", text, StringComparison.Ordinal);
            Assert.DoesNotContain("80 % positive", text, StringComparison.Ordinal);
        }
    }
}
