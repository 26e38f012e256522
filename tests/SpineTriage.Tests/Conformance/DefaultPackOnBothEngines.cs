using System.Text.Json;
using RulesEngine.Models;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using MicrosoftRulesEngine = RulesEngine.RulesEngine;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// The default pack (rules/*.json) loaded twice: by our engine in its two-valued (RulesEngine-compatible) mode over the
/// five case sections, and by Microsoft RulesEngine 6.0.1 with the sections passed as typed, named
/// <see cref="RuleParameter"/>s (typed even when a section is absent, so that its compiled-rule cache key never changes).
/// </summary>
/// <remarks>
/// RulesEngine 6.0.1 appends the rules of a workflow's <c>WorkflowsToInject</c> to the stored workflow again on every
/// execution (its list grows by the injected rules per call, and each call walks it), so the <see cref="Flattened"/>
/// instance, for many cases, receives each workflow with the injected rules already appended, as RulesEngine appends
/// them; <see cref="AsWritten"/> receives the files unchanged.
/// </remarks>
internal sealed class DefaultPackOnBothEngines
{
    private readonly MicrosoftRulesEngine _rulesEngine;

    private DefaultPackOnBothEngines(RuleSet ours, MicrosoftRulesEngine rulesEngine)
    {
        Ours = ours;
        _rulesEngine = rulesEngine;
    }

    /// <summary>Gets the pack as written (RulesEngine links <c>WorkflowsToInject</c> itself).</summary>
    public static DefaultPackOnBothEngines AsWritten { get; } = Load(flatten: false);

    /// <summary>Gets the pack with injected workflows' rules appended to each workflow beforehand.</summary>
    public static DefaultPackOnBothEngines Flattened { get; } = Load(flatten: true);

    /// <summary>Gets the pack as our engine loaded it, two-valued.</summary>
    public RuleSet Ours { get; }

    /// <summary>RulesEngine's settings for a comparison: no error-message formatting, so that <c>ExceptionMessage</c> holds only exceptions.</summary>
    public static ReSettings ComparisonSettings() => new() { EnableFormattedErrorMessage = false, AutoExecuteActions = false };

    /// <summary>The case sections as RulesEngine's named inputs.</summary>
    public static RuleParameter[] Parameters(PatientCase patientCase) =>
    [
        RuleParameter.Create("patient", patientCase.Patient),
        RuleParameter.Create("symptoms", patientCase.Symptoms),
        RuleParameter.Create("imaging", patientCase.Imaging),
        RuleParameter.Create("care", patientCase.Care),
        RuleParameter.Create("surgery", patientCase.Surgery),
    ];

    /// <summary>Evaluates every workflow of the pack on both engines.</summary>
    public IEnumerable<(CompiledWorkflow Workflow, IReadOnlyList<RuleResult> Ours, IReadOnlyList<RuleResultTree> Theirs)> Evaluate(PatientCase patientCase)
    {
        var arguments = CaseInputs.Arguments(patientCase);
        var parameters = Parameters(patientCase);
        foreach (var workflow in Ours.Workflows)
        {
            yield return (workflow, workflow.Evaluate(arguments).Results, _rulesEngine.ExecuteAllRulesAsync(workflow.Name, parameters).AsTask().GetAwaiter().GetResult());
        }
    }

    private static DefaultPackOnBothEngines Load(bool flatten)
    {
        var files = RepositoryFiles.JsonFiles("rules");
        var options = new RuleSetOptions { TwoValuedLogic = true };
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        var ours = RuleSet.Load(files.Select(file => RuleSource.FromFile(file)), options);
        var workflows = files.Select(file => JsonSerializer.Deserialize<Workflow>(File.ReadAllText(file))!).ToArray();
        return new DefaultPackOnBothEngines(ours, new MicrosoftRulesEngine(flatten ? Flatten(workflows) : workflows, ComparisonSettings()));
    }

    /// <summary>Each workflow with its own rules followed by those of its injected workflows (recursively), and nothing left to inject.</summary>
    public static Workflow[] Flatten(Workflow[] workflows)
    {
        IEnumerable<Rule> RulesOf(Workflow workflow) =>
            (workflow.Rules ?? []).Concat((workflow.WorkflowsToInject ?? []).SelectMany(name => RulesOf(workflows.Single(w => w.WorkflowName == name))));

        return [.. workflows.Select(w => new Workflow { WorkflowName = w.WorkflowName, GlobalParams = w.GlobalParams, Rules = [.. RulesOf(w)] })];
    }
}
