using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Assessments;
using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Properties;

/// <summary>
/// The rules exact reasoning lists as adding nothing to its missing inputs (<see cref="PossibleVerdicts.RulesWithInputsListed"/>)
/// are not walked for their own lists: on random cases with random fields removed, each such rule's own list names only
/// listed inputs or objects on the way to one, and an assessment's missing inputs are the same with every rule's list
/// read.
/// </summary>
public sealed class ListedRuleProperties
{
    private static readonly TriageEngine Engine = TestCases.DefaultEngine;

    [ReplayableProperty(quick: 300, deep: 10_000)]
    public Property A_listed_rule_names_nothing_beyond_the_listed_inputs() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var listed = Check(seed);
            return true.Classify(listed > 0, "a rule's walk skipped").Classify(listed == 0, "no rule's walk skipped");
        });

    /// <summary>The property is not empty: rules are listed, and the seeds, the audit's own cases, agree with every list read.</summary>
    [Fact]
    public void Rules_are_listed_on_the_seeds_and_on_random_cases()
    {
        var listed = Enumerable.Range(0, 200).Sum(Check);
        foreach (var seed in Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.json").Where(path => !path.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            listed += Check(PatientCaseJson.Parse(File.ReadAllText(seed)), Path.GetFileName(seed));
        }

        Assert.True(listed > 50, $"only {listed} rules listed over 200 random cases and the seeds");
    }

    private static int Check(int seed)
    {
        var random = new Random(seed);
        var masked = PatientCaseJson.Parse(RandomCases.Masked(RandomCases.Full(random), random, 0.05 + (random.NextDouble() * 0.5)).ToJsonString());
        return Check(masked, $"seed {seed}");
    }

    /// <summary>Checks every assessment of the case, with and without whole missing lists searched; the number of rules listed.</summary>
    private static int Check(PatientCase patientCase, string name)
    {
        var args = CaseInputs.Arguments(patientCase);
        var results = Engine.Assessments.Select(a => a.Workflow.EvaluateOwned(args)).ToArray();
        var listed = 0;
        foreach (var searchWhole in new[] { false, true })
        {
            var exact = ExactVerdicts.Resolve(Engine.Assessments, results, CaseDomains.Instance, searchWholeMissingLists: searchWhole);
            for (var a = 0; a < exact.Length; a++)
            {
                foreach (var rule in exact[a].RulesWithInputsListed)
                {
                    var own = results[a].ResultOf(rule).MissingInputs;
                    var beyond = own.Where(path => !exact[a].MissingInputs.Any(input => input == path || (input.StartsWith(path, StringComparison.Ordinal) && input[path.Length] is '.' or '['))).ToList();
                    Assert.True(beyond.Count == 0,
                        $"{name}, {Engine.Assessments[a].Assessment}, rule {Engine.Assessments[a].Workflow.Rules[rule].Name}: its list names {string.Join(", ", beyond)}, beyond [{string.Join(", ", exact[a].MissingInputs)}]");
                    listed++;
                }

                var skipping = AssessmentVerdicts.Missing(Engine.Assessments[a], results[a], exact[a]);
                var reading = AssessmentVerdicts.Missing(Engine.Assessments[a], results[a], exact[a], readEveryRule: true);
                Assert.True(skipping.SequenceEqual(reading, StringComparer.Ordinal),
                    $"{name}, {Engine.Assessments[a].Assessment}: [{string.Join(", ", skipping)}] with listed rules skipped, [{string.Join(", ", reading)}] with every rule read");
            }
        }

        return listed;
    }
}
