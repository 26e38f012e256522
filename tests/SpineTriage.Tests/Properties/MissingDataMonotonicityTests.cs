using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Properties;

/// <summary>DESIGN §5: documenting a missing datum never changes a decided verdict, except where a rule tests for absence on purpose.</summary>
public sealed partial class MissingDataMonotonicityTests
{
    /// <summary>
    /// The inputs the default pack tests for absence explicitly (<c>== null</c> / <c>!= null</c>: absent = not present,
    /// rules/README.md). Filling one of them may change a verdict by design, so the property never fills them.
    /// </summary>
    private static readonly string[] AbsenceTestedInputs =
    [
        "care.improvementAtWeek6", "care.medialBranchBlock",
        "imaging.cobbDeg", "imaging.levels", "imaging.levels[].angulationDeg", "imaging.levels[].discHeightPercent",
        "imaging.levels[].discographyConcordant", "imaging.piMinusLlDeg", "imaging.svaCm",
        "patient.bleedingDisorder", "patient.contrastAllergy", "patient.cotinineNgMl", "patient.crpMgL", "patient.ctHounsfieldL1", "patient.dexaTScoreMin", "patient.esrMmH", "patient.hba1cPercent",
        "patient.pregnant", "patient.psychScreen", "patient.recentFeverOver38C", "patient.woundDrainage",
        "surgery.adjacentLevel", "surgery.adjacentSegmentDisease", "surgery.cageSubsidence", "surgery.monthsSinceIndexFusion", "surgery.monthsSinceLastLumbarSurgery", "surgery.priorFusion", "surgery.rodFracture",
        "surgery.screwLucencyMm", "surgery.secondOpinionObtained",
        "symptoms.backPainNrs", "symptoms.backPainVasMm", "symptoms.legPainNrs", "symptoms.legPainVasMm", "symptoms.motorDeficit", "symptoms.odi",
        "symptoms.redFlags", "symptoms.redFlagsWorkedUp", "symptoms.rmdq",
    ];

    [Fact]
    public void The_absence_tested_inputs_are_exactly_those_the_pack_tests_for_null()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in RepositoryFiles.WorkflowFiles())
        {
            using var workflow = JsonDocument.Parse(File.ReadAllText(file));
            var expressions = workflow.RootElement.GetProperty("Rules").EnumerateArray().Select(r => r.GetProperty("Expression").GetString()!)
                .Concat(workflow.RootElement.TryGetProperty("GlobalParams", out var globals) ? globals.EnumerateArray().Select(g => g.GetProperty("Expression").GetString()!) : []);
            foreach (var expression in expressions)
            {
                Assert.DoesNotContain("??", expression, StringComparison.Ordinal);
                Assert.DoesNotContain("IsNullOrEmpty", expression, StringComparison.Ordinal);
                found.UnionWith(NullTest().Matches(expression).Select(m => JsonPathOf(m.Groups[1].Value)));
            }
        }

        Assert.Equal(AbsenceTestedInputs.Order(StringComparer.Ordinal), found);
    }

    [ReplayableProperty(quick: 20, deep: 150)]
    public Property Filling_in_a_missing_datum_never_changes_a_decided_verdict() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var fillings = Fillings(seed);
            foreach (var path in fillings.Paths)
            {
                var filled = (JsonObject)fillings.Masked.DeepClone();
                Restore(filled, fillings.Full, path);
                var after = TestCases.DefaultEngine.Evaluate(filled.ToJsonString());
                foreach (var assessment in fillings.Before.Assessments.Where(a => !a.IsIncomplete))
                {
                    Assert.True(assessment.Verdict == after.Find(assessment.Assessment)!.Verdict,
                        $"Filling {string.Join('.', path)} changed {assessment.Assessment} from {assessment.Verdict} to {after.Find(assessment.Assessment)!.Verdict} (seed {seed}).");
                }
            }
        });

    [Fact]
    public void The_cases_the_property_draws_give_it_decided_verdicts_to_recheck()
    {
        // The property's cases come from the same construction: on average they must offer several (fill, decided verdict) pairs.
        var cases = TestDepth.Count(quick: 10, deep: 60);
        var comparisons = Enumerable.Range(0, cases).Select(Fillings)
            .Sum(f => f.Paths.Count * f.Before.Assessments.Count(a => !a.IsIncomplete));

        Assert.True(comparisons > 6 * cases, $"Only {comparisons} decided verdicts would be re-checked after a fill in {cases} cases.");
    }

    /// <summary>A random full case, a masked copy of it, the report on the masked copy and the paths a fill may restore.</summary>
    private static (JsonObject Masked, JsonObject Full, SpineTriage.Reports.TriageReport Before, List<string[]> Paths) Fillings(int seed)
    {
        var r = new Random(seed);
        var full = RandomCases.Full(r);
        var fullJson = JsonNode.Parse(PatientCaseJson.Write(full))!.AsObject();
        var masked = RandomCases.Masked(full, r, r.NextDouble() * 0.6);
        return (masked, fullJson, TestCases.DefaultEngine.Evaluate(masked.ToJsonString()), FillablePaths(masked, fullJson));
    }

    /// <summary>Paths absent in the masked case whose parent is present and whose restored subtree fills no absence-tested input.</summary>
    private static List<string[]> FillablePaths(JsonObject masked, JsonObject full)
    {
        var paths = new List<string[]>();
        Walk(masked, full, [], paths);
        return paths;
    }

    private static void Walk(JsonNode masked, JsonNode full, string[] path, List<string[]> paths)
    {
        if (masked is JsonObject obj && full is JsonObject fullObj)
        {
            foreach (var (name, value) in fullObj)
            {
                string[] childPath = [.. path, name];
                if (!obj.ContainsKey(name))
                {
                    if (!Subtree(value!, Normalized(childPath)).Any(AbsenceTestedInputs.Contains))
                    {
                        paths.Add(childPath);
                    }
                }
                else
                {
                    Walk(obj[name]!, value!, childPath, paths);
                }
            }
        }
        else if (masked is JsonArray array && full is JsonArray fullArray)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i]!, fullArray[i]!, [.. path, $"[{i}]"], paths);
            }
        }
    }

    private static IEnumerable<string> Subtree(JsonNode node, string path)
    {
        yield return path;
        var children = node switch
        {
            JsonObject obj => obj.SelectMany(p => Subtree(p.Value!, $"{path}.{p.Key}")),
            JsonArray array => array.SelectMany(e => Subtree(e!, path + "[]")),
            _ => [],
        };
        foreach (var child in children)
        {
            yield return child;
        }
    }

    private static string Normalized(string[] path) => Regex.Replace(string.Join('.', path), @"\.\[\d+\]", "[]");

    private static void Restore(JsonObject filled, JsonObject full, string[] path)
    {
        JsonNode target = filled;
        JsonNode source = full;
        foreach (var segment in path[..^1])
        {
            (target, source) = segment.StartsWith('[')
                ? (target[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)]!, source[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)]!)
                : (target[segment]!, source[segment]!);
        }

        target.AsObject()[path[^1]] = source[path[^1]]!.DeepClone();
    }

    private static string JsonPathOf(string memberPath)
    {
        var path = memberPath.StartsWith("l.", StringComparison.Ordinal) ? "imaging.levels[]." + memberPath[2..] : memberPath;
        return string.Join('.', path.Split('.').Select(s => s.Length > 0 && char.IsUpper(s[0]) ? (s == "HbA1cPercent" ? "hba1cPercent" : char.ToLowerInvariant(s[0]) + s[1..]) : s));
    }

    [GeneratedRegex(@"([A-Za-z_][\w.]*)\s*[!=]=\s*null")]
    private static partial Regex NullTest();
}
