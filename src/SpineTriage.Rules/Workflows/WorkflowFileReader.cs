using System.Text;
using System.Text.Json;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Evaluation.Loading;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// Reads one rule file into <see cref="WorkflowDefinition"/>s with source locations, reporting every format
/// problem of the file (unknown or duplicate fields, wrong JSON types, missing names) rather than stopping at the first.
/// </summary>
internal sealed partial class WorkflowFileReader
{
    internal static readonly string[] WorkflowFields =
        ["WorkflowName", "WorkflowsToInject", "WorkflowRulesToInject", "GlobalParams", "Rules", "RuleExpressionType", "Properties", "$schema"];

    private readonly string _file;
    private readonly byte[] _utf8;
    private readonly LineMap _lines;
    private readonly RuleLimits _limits;
    private readonly DiagnosticList _diagnostics;
    private readonly LoadWorker? _worker;

    private WorkflowFileReader(string file, byte[] utf8, RuleLimits limits, DiagnosticList diagnostics, LoadWorker? worker)
    {
        _worker = worker;
        _file = file;
        _utf8 = utf8;
        _lines = new LineMap(utf8);
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>The workflows of a source; problems are added to <paramref name="diagnostics"/>.</summary>
    /// <remarks>With a <paramref name="worker"/>, the Properties values are assigned there, once its <see cref="LoadWorker.WaitIdle"/> returns.</remarks>
    public static IReadOnlyList<WorkflowDefinition> Read(RuleSource source, RuleLimits limits, DiagnosticList diagnostics, LoadWorker? worker = null) =>
        Read(source, Utf8Of(source, out _), limits, diagnostics, worker);

    /// <summary>The workflows of a source whose content is already encoded by <see cref="Utf8Of"/>.</summary>
    public static IReadOnlyList<WorkflowDefinition> Read(RuleSource source, byte[] utf8, RuleLimits limits, DiagnosticList diagnostics, LoadWorker? worker = null)
    {
        if (source.ReadProblem is { } problem)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableSource, problem) { File = source.Name, Line = source.ReadProblemAt.Line, Column = source.ReadProblemAt.Column, JsonPath = "$" });
            return [];
        }

        var size = source.UnreadBytes ?? utf8.Length;
        if (size > limits.MaxFileBytes || source.UnreadBytes is not null)
        {
            var limit = source.UnreadBytes is null ? limits.MaxFileBytes : source.ReadLimit;
            var measure = source.UnreadBytes is null ? $"{size:N0}" : $"at least {size:N0}";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileTooLarge,
                $"The file is {measure} bytes, more than the limit of {limit:N0} (RuleLimits.MaxFileBytes); split it into several files or raise the limit.")
            { File = source.Name, Line = 1, Column = 1, JsonPath = "$" });
            return [];
        }

        return new WorkflowFileReader(source.Name, utf8, limits, diagnostics, worker).ReadRoot();
    }

    /// <summary>The UTF-8 bytes of a source's content after any byte order mark.</summary>
    public static byte[] Utf8Of(RuleSource source, out bool byteOrderMark)
    {
        byteOrderMark = source.Json.StartsWith('\uFEFF');
        var skip = byteOrderMark ? 1 : 0;
        return Encoding.UTF8.GetBytes(source.Json, skip, source.Json.Length - skip);
    }

    private IReadOnlyList<WorkflowDefinition> ReadRoot()
    {
        var root = LocatedJsonParser.Parse(_utf8, _lines, _file, _limits.MaxJsonDepth, out var error);
        if (root is null)
        {
            _diagnostics.Add(error!);
            return [];
        }

        var workflows = new List<WorkflowDefinition>();
        var value = root.Value;
        CheckText(value);
        if (value.Kind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in value.Items)
            {
                AddIfRead(workflows, ReadWorkflow(item, $"$[{i++}]"));
            }
        }
        else if (value.Kind == JsonValueKind.Object)
        {
            AddIfRead(workflows, ReadWorkflow(value, "$"));
        }
        else
        {
            Report(value, "$", DiagnosticCodes.InvalidRoot, $"A rule file must hold a workflow object or an array of workflow objects, but this one holds {value.KindName}.");
        }

        return workflows;
    }

    private WorkflowDefinition? ReadWorkflow(LocatedValue value, string path)
    {
        if (!ExpectKind(value, path, JsonValueKind.Object, "A workflow", null, null))
        {
            return null;
        }

        var name = ReadName(value, path, "WorkflowName", "workflow", null);
        var workflow = new WorkflowDefinition(name ?? string.Empty, Locate(value.Start, path));
        var rulesWritten = -1;
        var seen = 0;
        foreach (var property in value.Properties)
        {
            JsonPathRef fieldPath = path;
            var field = KnownField(property, ref fieldPath, WorkflowFields, ref seen, "workflow", name, null);
            switch (field)
            {
                case "WorkflowsToInject" or "WorkflowRulesToInject":
                    ReadNames(property.Value, fieldPath, field, workflow.WorkflowsToInject, name, null);
                    break;
                case "GlobalParams":
                    ReadScopedParams(property.Value, fieldPath, field, workflow.GlobalParams, name, null);
                    break;
                case "Rules":
                    rulesWritten = property.Value.Kind switch { JsonValueKind.Array => property.Value.Items.Count, JsonValueKind.Null => -1, _ => 1 };
                    ReadRules(property.Value, fieldPath.ToString(), workflow.Rules, name);
                    break;
                case "RuleExpressionType":
                    CheckRuleExpressionType(property.Value, fieldPath, name, null);
                    break;
                case "Properties":
                    ReadProperties(property.Value, fieldPath, name, null, element => workflow.Properties = element);
                    workflow.PropertyLocations = LocateProperties(property.Value, fieldPath.ToString());
                    break;
            }
        }

        // Only when nothing was written: rules that failed to read have been reported already.
        if (name is not null && rulesWritten <= 0 && workflow.WorkflowsToInject.Count == 0)
        {
            var why = rulesWritten == 0 ? "its Rules list is empty" : "it has no Rules";
            Report(value, path, DiagnosticCodes.WorkflowWithoutRules, $"Workflow '{name}' has nothing to evaluate: {why} and no WorkflowsToInject. Add at least one rule or inject another workflow.", name);
        }

        var count = CountRules(workflow.Rules);
        if (count > _limits.MaxRulesPerWorkflow)
        {
            Report(value, path, DiagnosticCodes.TooManyRules, $"Workflow '{name}' declares {count} rules (nested rules counted), more than the limit of {_limits.MaxRulesPerWorkflow} (RuleLimits.MaxRulesPerWorkflow); split it into several workflows or raise the limit.", name);
        }

        return name is null ? null : workflow;
    }

    private static int CountRules(IReadOnlyList<RuleDefinition> rules)
    {
        var count = rules.Count;
        foreach (var rule in rules)
        {
            count += CountRules(rule.Rules);
        }

        return count;
    }

    private static void AddIfRead(List<WorkflowDefinition> workflows, WorkflowDefinition? workflow)
    {
        if (workflow is not null)
        {
            workflows.Add(workflow);
        }
    }
}
