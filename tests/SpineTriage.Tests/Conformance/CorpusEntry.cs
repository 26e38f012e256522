using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RulesEngine.Models;
using SpineTriage.Benchmarks.Peers;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// One file of the RulesEngine-style corpus (Conformance/Corpus/*.json): a workflow, its named inputs with their corpus
/// types, and the cases to run. <see cref="Run"/> loads it in our engine (two-valued) and in RulesEngine 6.0.1 and says how they compare.
/// </summary>
internal sealed class CorpusEntry
{
    private static readonly JsonSerializerOptions CaseValues = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["Customer"] = typeof(Customer), ["Customer[]"] = typeof(List<Customer>), ["Orders"] = typeof(Orders), ["Visits"] = typeof(Visits),
        ["Reading[]"] = typeof(List<Reading>), ["Dictionary"] = typeof(Dictionary<string, object?>), ["JsonElement"] = typeof(JsonElement),
        ["CorpusUtils"] = typeof(CorpusUtils),
    };

    // RuleParameter.Create<T>(name, value): typed by T even when the value is null, as a host passes a typed input.
    private static readonly System.Reflection.MethodInfo CreateParameter =
        typeof(RuleParameter).GetMethods().Single(m => m.Name == nameof(RuleParameter.Create) && m.IsGenericMethodDefinition);

    private CorpusEntry(string name, JsonObject root)
    {
        Name = name;
        WorkflowJson = root["Workflow"]!.ToJsonString();
        var inputs = root["Inputs"]!.AsObject().Select(input => (input.Key, Type: Types[input.Value!.GetValue<string>()])).ToList();
        var cases = root["Cases"]!.AsArray();
        TheirTypes = [.. inputs.Select(input => input.Type)];
        Inputs = [.. inputs.Select(input => OurInput(input.Key, input.Type, root["Schemas"]?[input.Key], cases.FirstOrDefault()?[input.Key]))];
        CustomTypes = [.. (root["CustomTypes"]?.AsArray() ?? []).Select(type => Types[type!.GetValue<string>()])];
        LenientRules = root["LenientRules"]?.GetValue<bool>() ?? false;
        Cases = [.. cases.Select(c => inputs.Select(input => c![input.Key] is { } value ? CaseValue(value, input.Type) : null).ToArray())];
    }

    /// <summary>
    /// Our input for a corpus input: its type; a JSON or dictionary input typed by the entry's schema for it (<c>Schemas</c>)
    /// or, without one, by its value in the first case, as a host would type it (RuleInput.FromJsonSchema / FromJsonSample).
    /// </summary>
    private static RuleInput OurInput(string name, Type type, JsonNode? schema, JsonNode? sample) =>
        type != typeof(JsonElement) && type != typeof(Dictionary<string, object?>) ? new RuleInput(name, type)
        : schema is not null ? RuleInput.FromJsonSchema(name, schema.ToJsonString())
        : RuleInput.FromJsonSample(name, sample!.ToJsonString());

    /// <summary>A case's value as the corpus type has it; a dictionary holds CLR values (texts, numbers, booleans, dictionaries, lists), as a host builds one.</summary>
    private static object? CaseValue(JsonNode value, Type type) =>
        type == typeof(Dictionary<string, object?>) ? ClrValue(value) : value.Deserialize(type, CaseValues);

    private static object? ClrValue(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ClrValue(p.Value)),
        JsonArray array => array.Select(ClrValue).ToList(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value => value.TryGetValue<long>(out var whole) ? whole : value.GetValue<double>(),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>How an entry fared in the two engines.</summary>
    public enum Comparison
    {
        /// <summary>Both load and run every case; every rule agrees and RulesEngine raised no exception.</summary>
        Agree,

        /// <summary>Both load; some rule disagrees, or RulesEngine fails (to load, or an exception) where we decide.</summary>
        Differs,

        /// <summary>Our engine refuses the workflow at load, with diagnostics.</summary>
        Refused,
    }

    public string Name { get; }

    public string WorkflowJson { get; }

    public IReadOnlyList<RuleInput> Inputs { get; }

    /// <summary>Gets each input's corpus type, as RulesEngine gets it (a JSON or dictionary input is ours typed by a schema, theirs as given).</summary>
    public IReadOnlyList<Type> TheirTypes { get; }

    public IReadOnlyList<Type> CustomTypes { get; }

    public IReadOnlyList<object?[]> Cases { get; }

    /// <summary>Gets whether our engine loads the entry with <see cref="RuleSetOptions.LenientRules"/>: a rule it disables must be one RulesEngine fails at every execution.</summary>
    public bool LenientRules { get; }

    public static string Directory => RepositoryFiles.PathOf("tests", "SpineTriage.Tests", "Conformance", "Corpus");

    /// <summary>Gets the names of the corpus files, in ordinal order.</summary>
    public static IReadOnlyList<string> Files => [.. System.IO.Directory.GetFiles(Directory, "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    /// <summary>An entry built from its JSON object (Inputs, Cases, Workflow, optional CustomTypes, LenientRules and Schemas).</summary>
    public static CorpusEntry FromJson(string name, JsonObject root) => new(name, root);

    public static CorpusEntry Read(string fileName) => new(fileName, JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, fileName)))!.AsObject());

    /// <summary>Runs the entry in both engines; <paramref name="details"/> says what differed or why it was refused.</summary>
    public Comparison Run(out string details)
    {
        var ours = LoadOurs();
        if (!ours.Succeeded)
        {
            details = string.Join(Environment.NewLine, ours.Problems.Where(d => d.Severity == DiagnosticSeverity.Error));
            return Comparison.Refused;
        }

        var problems = new List<string>();
        var theirs = RunRulesEngine(problems);
        var workflow = ours.RuleSet.Workflows[0];
        var disabled = ours.Problems.Where(d => d.Code == "SPR115").Select(d => d.RuleName).ToHashSet(StringComparer.Ordinal);
        if (LenientRules && disabled.Count == 0)
        {
            problems.Add("the entry is loaded leniently, but no rule was disabled");
        }

        for (var i = 0; i < Cases.Count && theirs is not null; i++)
        {
            if (theirs[i] is { } their)
            {
                var compared = WithoutDisabled(their, disabled, $"case {i}: ", problems);
                problems.AddRange(RuleByRule.Pairs(workflow.Evaluate(Cases[i]).Results, compared).Where(p => !p.Agrees || p.TheirException.Length > 0).Select(p => $"case {i}: {p}"));
            }
        }

        details = string.Join(Environment.NewLine, problems);
        return problems.Count == 0 ? Comparison.Agree : Comparison.Differs;
    }

    /// <summary>The entry loaded by our engine in its two-valued mode.</summary>
    public RuleSetLoadResult LoadOurs()
    {
        var options = new RuleSetOptions { TwoValuedLogic = true, LenientRules = LenientRules };
        foreach (var input in Inputs)
        {
            options.Inputs.Add(input);
        }

        foreach (var type in CustomTypes)
        {
            options.CustomTypes.Add(type);
        }

        return RuleSet.TryLoad([new RuleSource(Name, WorkflowJson)], options);
    }

    /// <summary>RulesEngine's results for each case (null where it threw), or null when it cannot load the workflow; <paramref name="problems"/> gets why.</summary>
    public IReadOnlyList<List<RuleResultTree>?>? RunRulesEngine(List<string> problems)
    {
        if (LoadRulesEngine(problems) is not { } engine)
        {
            return null;
        }

        var workflowName = RulesEnginePeer.Workflows(WorkflowJson).First().WorkflowName;
        return [.. Cases.Select(c => Execute(engine, workflowName, c, problems))];
    }

    /// <summary>
    /// RulesEngine's results without the rules our lenient load disabled (SPR115), each of which RulesEngine must have failed
    /// with an exception: a rule we disable must be one it cannot run either, never one it decides.
    /// </summary>
    private static List<RuleResultTree> WithoutDisabled(List<RuleResultTree> theirs, HashSet<string?> disabled, string where, List<string> problems)
    {
        foreach (var rule in theirs.Where(r => disabled.Contains(r.Rule.RuleName)))
        {
            if (rule.IsSuccess || string.IsNullOrEmpty(rule.ExceptionMessage))
            {
                problems.Add($"{where}{rule.Rule.RuleName}: disabled by our lenient load, but RulesEngine runs it ({(rule.IsSuccess ? "success" : "failure")}, no exception)");
            }
        }

        return [.. theirs.Where(r => !disabled.Contains(r.Rule.RuleName))];
    }

    private RulesEnginePeer? LoadRulesEngine(List<string> problems)
    {
        try
        {
            var settings = DefaultPackOnBothEngines.ComparisonSettings();
            settings.CustomTypes = [.. CustomTypes];
            return new RulesEnginePeer([WorkflowJson], settings, flatten: false);
        }
        catch (Exception exception) when (exception is JsonException or FluentValidation.ValidationException)
        {
            problems.Add($"RulesEngine cannot load it: {exception.Message}");
            return null;
        }
    }

    private List<RuleResultTree>? Execute(RulesEnginePeer engine, string workflow, object?[] arguments, List<string> problems)
    {
        try
        {
            var parameters = Inputs.Select((input, i) => (RuleParameter)CreateParameter.MakeGenericMethod(TheirTypes[i]).Invoke(null, [input.Name, arguments[i]])!).ToArray();
            return engine.Execute(workflow, parameters);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            problems.Add($"RulesEngine throws: {exception.GetType().Name}: {exception.Message}");
            return null;
        }
    }
}
