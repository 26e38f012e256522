using RulesEngine.Models;
using SpineTriage.Benchmarks.Peers;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using Workflow = SpineTriage.Rules.Workflow;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// The default pack (rules/*.json) loaded twice: by our engine in its two-valued (RulesEngine-compatible) mode over the
/// five case sections, and by Microsoft RulesEngine 6.0.1 (<see cref="RulesEnginePeer"/>) with the sections passed as
/// typed, named <see cref="RuleParameter"/>s.
/// </summary>
/// <remarks>
/// RulesEngine 6.0.1 appends the rules of a workflow's <c>WorkflowsToInject</c> to the stored workflow again on every
/// execution, so the <see cref="Flattened"/> instance, for many cases, receives each workflow with the injected rules
/// already appended, as RulesEngine appends them; <see cref="AsWritten"/> receives the files unchanged.
/// </remarks>
internal sealed class DefaultPackOnBothEngines
{
    private readonly RulesEnginePeer _rulesEngine;

    private DefaultPackOnBothEngines(RuleSet ours, RulesEnginePeer rulesEngine)
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

    /// <summary>RulesEngine's settings for a comparison: its default compiler, no error-message formatting (so <c>ExceptionMessage</c> holds only exceptions), no actions.</summary>
    public static ReSettings ComparisonSettings() => new() { EnableFormattedErrorMessage = false, AutoExecuteActions = false };

    /// <summary>Evaluates every workflow of the pack on both engines.</summary>
    public IEnumerable<(Workflow Workflow, IReadOnlyList<RuleResult> Ours, IReadOnlyList<RuleResultTree> Theirs)> Evaluate(PatientCase patientCase)
    {
        var arguments = CaseInputs.Arguments(patientCase);
        var parameters = RulesEnginePeer.Parameters(patientCase);
        foreach (var workflow in Ours.Workflows)
        {
            yield return (workflow, workflow.Evaluate(arguments).Results, _rulesEngine.Execute(workflow.Name, parameters));
        }
    }

    private static DefaultPackOnBothEngines Load(bool flatten)
    {
        var files = RepositoryFiles.WorkflowFiles();
        var options = new RuleSetOptions { TwoValuedLogic = true };
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        var ours = RuleSet.Load(files.Select(file => RuleSource.FromFile(file)), options);
        return new DefaultPackOnBothEngines(ours, new RulesEnginePeer(files.Select(File.ReadAllText), ComparisonSettings(), flatten));
    }
}
