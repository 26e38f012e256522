using System.Globalization;
using Microsoft.Extensions.Options;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage.Configuration;

/// <summary>Checks <see cref="TriageOptions"/> and reports every problem at once, each as a sentence that says how to fix it.</summary>
internal sealed class TriageOptionsValidator : IValidateOptions<TriageOptions>
{
    public ValidateOptionsResult Validate(string? name, TriageOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(TriageConfigurationException.Describe(problems));
    }

    /// <summary>Lists every problem; reads the rule sources to check threshold names when the rules location is valid.</summary>
    public static IReadOnlyList<string> Problems(TriageOptions options) => Problems(options, out _);

    public static IReadOnlyList<string> Problems(TriageOptions options, out IReadOnlyList<RuleSource>? sources)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        sources = ReadSources(options.RulesDirectory, problems);
        CheckThresholds(options, sources, problems);
        if (options.WatchForChanges && options.RulesDirectory is null)
        {
            problems.Add("TriageOptions.WatchForChanges needs TriageOptions.RulesDirectory: the embedded pack never changes; set RulesDirectory or turn watching off.");
        }

        return problems;
    }

    /// <summary>Lists every threshold problem against rule sources already read (a hot reload reads them once, then checks and compiles the same text).</summary>
    public static IReadOnlyList<string> ThresholdProblems(TriageOptions options, IReadOnlyList<RuleSource> sources)
    {
        var problems = new List<string>();
        CheckThresholds(options, sources, problems);
        return problems;
    }

    private static void CheckThresholds(TriageOptions options, IReadOnlyList<RuleSource>? sources, List<string> problems)
    {
        var catalog = sources is null ? null : ThresholdCatalog.Read(sources);
        foreach (var (name, value) in options.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            CheckThreshold(name, value, catalog, problems);
        }
    }

    private static IReadOnlyList<RuleSource>? ReadSources(string? directory, List<string> problems)
    {
        if (directory is null)
        {
            return RulePackSources.Read(null);
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            problems.Add("TriageOptions.RulesDirectory is empty; set it to a folder of rule files (*.json), or leave it null to use the embedded default pack.");
            return null;
        }

        if (!Directory.Exists(directory))
        {
            problems.Add($"TriageOptions.RulesDirectory '{directory}' does not exist; set it to a folder of rule files (*.json), or leave it null to use the embedded default pack.");
            return null;
        }

        if (RuleSource.FilesIn(directory).Count == 0)
        {
            problems.Add($"TriageOptions.RulesDirectory '{directory}' has no rule files (*.json directly in it, *.schema.json excepted); copy the rule pack there or point to the folder that holds it.");
            return null;
        }

        try
        {
            return RulePackSources.Read(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"TriageOptions.RulesDirectory '{directory}' cannot be read: {exception.Message}");
            return null;
        }
    }

    private static void CheckThreshold(string name, double value, ThresholdCatalog? catalog, List<string> problems)
    {
        if (!double.IsFinite(value))
        {
            problems.Add($"TriageOptions.Thresholds['{name}'] is {value.ToString(CultureInfo.InvariantCulture)}; a threshold must be a finite number.");
        }

        if (catalog is null)
        {
            return;
        }

        if (catalog.IsDerivedFact(name))
        {
            problems.Add($"TriageOptions.Thresholds names '{name}', a derived fact of the rules, not a threshold; override the thresholds it is built from instead.");
        }
        else if (!catalog.IsThreshold(name))
        {
            problems.Add($"TriageOptions.Thresholds names '{name}', which no rule file declares.{NameSuggestions.Hint(name, catalog.ThresholdNames)} Known thresholds: {string.Join(", ", catalog.ThresholdNames)}.");
        }
        else if (double.IsFinite(value) && catalog.IsWholeNumber(name) && value != Math.Round(value))
        {
            problems.Add($"TriageOptions.Thresholds['{name}'] is {value.ToString(CultureInfo.InvariantCulture)}, but the rules compare it with whole numbers; use a whole number.");
        }
    }
}
