using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Benchmarks;

/// <summary>The default rule pack as the triage assembly embeds it, loaded straight through the engine.</summary>
internal static class DefaultPack
{
    private const string ResourcePrefix = "spinetriage.rules.";

    /// <summary>The pack's bibliography (rules/README.md), which is no workflow.</summary>
    private const string BibliographyFileName = "references.json";

    /// <summary>The embedded workflow files, in ordinal order of their names (not the bibliography, which is no workflow).</summary>
    public static RuleSource[] Sources()
    {
        var assembly = typeof(PatientCase).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !name.EndsWith(BibliographyFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new RuleSource(name[ResourcePrefix.Length..], reader.ReadToEnd());
            })];
    }

    /// <summary>The five case sections as the workflows' inputs.</summary>
    public static RuleSetOptions Options()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("patient", typeof(PatientDetails)));
        options.Inputs.Add(new RuleInput("symptoms", typeof(SymptomFindings)));
        options.Inputs.Add(new RuleInput("imaging", typeof(ImagingFindings)));
        options.Inputs.Add(new RuleInput("care", typeof(ConservativeCare)));
        options.Inputs.Add(new RuleInput("surgery", typeof(SurgicalHistory)));
        return options;
    }

    public static RuleSet Load() => RuleSet.Load(Sources(), Options());
}
