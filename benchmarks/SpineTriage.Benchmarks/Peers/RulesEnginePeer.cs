using System.Text.Json;
using RulesEngine.Models;
using SpineTriage.Cases;
using MicrosoftRulesEngine = RulesEngine.RulesEngine;

namespace SpineTriage.Benchmarks.Peers;

/// <summary>
/// Microsoft RulesEngine 6.0.1, the benchmarks' peer (and the tests' conformance oracle): the workflow files as
/// RulesEngine users load them (keys in any case, a workflow or an array of them), registered once, each workflow
/// compiled on its first execution and cached by RulesEngine. Free of benchmark and test-framework references: the
/// tests link this file to check the benchmarks measure the same outcomes.
/// </summary>
internal sealed class RulesEnginePeer
{
    private static readonly JsonSerializerOptions WorkflowKeys = new() { PropertyNameCaseInsensitive = true };

    private readonly MicrosoftRulesEngine _engine;

    /// <summary>Registers the workflows of <paramref name="files"/> (JSON texts).</summary>
    /// <param name="files">The workflow files.</param>
    /// <param name="settings">RulesEngine's settings, such as <see cref="FastestSettings"/>.</param>
    /// <param name="flatten">
    /// Whether to append each workflow's injected rules beforehand, as RulesEngine appends them: RulesEngine 6.0.1
    /// appends a workflow's <c>WorkflowsToInject</c> rules to the stored workflow again on every execution, so without
    /// this its rule list, and the time of each call, grows with the number of calls.
    /// </param>
    public RulesEnginePeer(IEnumerable<string> files, ReSettings settings, bool flatten)
    {
        var workflows = files.SelectMany(Workflows).ToArray();
        _engine = new MicrosoftRulesEngine(flatten ? Flatten(workflows) : workflows, settings);
    }

    /// <summary>RulesEngine at its fastest: FastExpressionCompiler, no error-message formatting, no actions run after evaluation.</summary>
    public static ReSettings FastestSettings(bool fastExpressionCompiler = true) =>
        new() { UseFastExpressionCompiler = fastExpressionCompiler, EnableFormattedErrorMessage = false, AutoExecuteActions = false };

    /// <summary>One execution of a workflow; with no actions to run it completes synchronously.</summary>
    public List<RuleResultTree> Execute(string workflowName, RuleParameter[] parameters)
    {
        var execution = _engine.ExecuteAllRulesAsync(workflowName, parameters);
        return execution.IsCompletedSuccessfully ? execution.Result : execution.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The five case sections as the default pack's named inputs, each typed by its section even when absent (so RulesEngine's compiled-rule cache key never changes).</summary>
    public static RuleParameter[] Parameters(PatientCase patientCase) =>
    [
        RuleParameter.Create("patient", patientCase.Patient),
        RuleParameter.Create("symptoms", patientCase.Symptoms),
        RuleParameter.Create("imaging", patientCase.Imaging),
        RuleParameter.Create("care", patientCase.Care),
        RuleParameter.Create("surgery", patientCase.Surgery),
    ];

    /// <summary>The workflow, or the array of workflows, in one file.</summary>
    public static IEnumerable<Workflow> Workflows(string json) =>
        json.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize<Workflow[]>(json, WorkflowKeys)!
            : [JsonSerializer.Deserialize<Workflow>(json, WorkflowKeys)!];

    /// <summary>Each workflow with its own rules followed by those of its injected workflows (recursively), and nothing left to inject.</summary>
    public static Workflow[] Flatten(Workflow[] workflows)
    {
        IEnumerable<Rule> RulesOf(Workflow workflow) =>
            (workflow.Rules ?? []).Concat((workflow.WorkflowsToInject ?? []).SelectMany(name => RulesOf(workflows.Single(w => w.WorkflowName == name))));

        return [.. workflows.Select(w => new Workflow { WorkflowName = w.WorkflowName, GlobalParams = w.GlobalParams, Rules = [.. RulesOf(w)] })];
    }
}
