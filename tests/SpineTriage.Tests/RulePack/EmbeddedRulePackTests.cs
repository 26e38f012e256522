using SpineTriage.Cases;

namespace SpineTriage.Tests.RulePack;

public sealed class EmbeddedRulePackTests
{
    [Fact]
    public void The_four_rule_files_and_the_bibliography_are_embedded_in_the_triage_assembly()
    {
        var names = typeof(PatientCase).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal);

        Assert.Equal(
            ["spinetriage.rules.biologic-repair.json", "spinetriage.rules.fusion-appropriateness.json", "spinetriage.rules.red-flags.json", "spinetriage.rules.references.json", "spinetriage.rules.revision-readiness.json"],
            names);
    }
}
