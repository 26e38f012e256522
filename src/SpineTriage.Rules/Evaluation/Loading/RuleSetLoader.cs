using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Reads, binds, compiles and links a rule set, collecting every problem of every file before deciding.</summary>
internal static class RuleSetLoader
{
    /// <summary>Whether a load has run in this process, so the one-time start-up its worker overlaps is paid.</summary>
    private static bool s_startedUp;

    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var inputs = CheckOptions(options);
        var context = new LoadContext(options, inputs);
        var definitions = new List<WorkflowDefinition>();
        // The worker thread overlaps the process's one-time start-up (System.Text.Json, the crypto library) with
        // binding; once that is paid, starting a thread would cost more than the work it takes, so it runs inline.
        using var worker = new LoadWorker(inline: Volatile.Read(ref s_startedUp));
        Volatile.Write(ref s_startedUp, true);
        using var hasher = new ContentHasher(worker);
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            var utf8 = WorkflowFileReader.Utf8Of(source, out var byteOrderMark);
            hasher.AddSource(source.Name, utf8, byteOrderMark);
            definitions.AddRange(WorkflowFileReader.Read(source, utf8, options.Limits, context.Diagnostics, worker));
        }

        hasher.AddOverrides(options.GlobalParameterOverrides);
        hasher.AddHostTypes(options.CustomTypes);
        hasher.AddJsonInputs(options.Inputs);
        var compiler = new WorkflowBinder(context, ExpressionEnvironment.ForInputs(inputs, options.CustomTypes, options.Clock));
        var bound = new List<WorkflowBinder.BoundWorkflow>();
        var firstByName = new Dictionary<string, WorkflowDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in definitions)
        {
            if (firstByName.TryGetValue(definition.Name, out var first))
            {
                context.Diagnostics.Add(definition.Location.Error(DiagnosticCodes.DuplicateWorkflowName, $"Workflow name '{definition.Name}' is already used by a workflow in {first.Location.File}; workflow names must be unique across all loaded files (case-insensitive).", definition.Name));
                continue;
            }

            firstByName[definition.Name] = definition;
            bound.Add(compiler.Bind(definition));
        }

        // Every problem of the workflows has been reported; building them needs their Properties.
        worker.WaitIdle();
        var workflows = new List<Workflow>();
        var byName = new Dictionary<string, Workflow>(StringComparer.OrdinalIgnoreCase);
        var outlines = new List<WorkflowOutline>();
        foreach (var workflowBound in bound)
        {
            var workflow = compiler.Build(workflowBound);
            workflows.Add(workflow);
            byName[workflow.Name] = workflow;
            outlines.Add(new WorkflowOutline(workflowBound.Definition, workflow));
        }

        ReportUnusedOverrides(context);
        if (new InjectionLinker(context, byName).Link(workflows))
        {
            foreach (var workflow in workflows)
            {
                RuleNameChecker.Check(workflow, context.Diagnostics);
            }

            new ActionLinker(context, byName).Link();
        }

        if (context.HasErrors)
        {
            return new RuleSetLoadResult(null, context.Diagnostics.ToList(), outlines);
        }

        foreach (var workflow in workflows)
        {
            var tierUpFailed = options.TierUpFailed is { } report ? (Action<Exception>)(e => report(workflow.Name, e)) : null;
            workflow.SetPlan(new EvaluationPlan(workflow.Rules, options.NestedRuleExecutionMode, options.TwoValuedLogic, tierUpFailed));
        }

        var diagnostics = new List<Diagnostic>(context.Diagnostics.ToList());
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToArray();
        var hostFunctions = HostFunctionCatalog.Listing(options.CustomTypes);

        // Each function a registered type offers the rules, listed where the load's findings are read.
        foreach (var function in hostFunctions)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.HostFunctionAvailable, $"Rules may call the host function {function}, registered in RuleSetOptions.CustomTypes."));
        }

        return new RuleSetLoadResult(new RuleSet(workflows, inputs, hasher.Finish(), warnings, hostFunctions), diagnostics, outlines);
    }

    /// <summary>The type names expressions already give a meaning to: a registered type of one of these names would shadow it.</summary>
    private static readonly HashSet<string> BuiltInTypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Math", "Convert", "string", "int", "Int32", "double", "Double", "DateTime", "DateTimeOffset", "StringComparison",
    };

    private static RuleInput[] CheckOptions(RuleSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Limits, nameof(options));
        var inputs = options.Inputs.ToArray();
        if (inputs.Length == 0)
        {
            throw new ArgumentException("RuleSetOptions.Inputs must name at least one input, such as new RuleInput(\"order\", typeof(Order)).", nameof(options));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs)
        {
            if (input is null || string.IsNullOrWhiteSpace(input.Name) || input.Type is null)
            {
                throw new ArgumentException("Every RuleSetOptions.Inputs entry needs a name and a type.", nameof(options));
            }

            if (!names.Add(input.Name))
            {
                throw new ArgumentException($"RuleSetOptions.Inputs names '{input.Name}' twice (names are case-insensitive).", nameof(options));
            }
        }

        var typeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in options.CustomTypes)
        {
            if (type is null || type.ContainsGenericParameters || !type.IsVisible)
            {
                throw new ArgumentException($"RuleSetOptions.CustomTypes entries must be public, non-generic types ({type?.FullName ?? "null"} is not).", nameof(options));
            }

            if (!typeNames.Add(type.Name) || names.Contains(type.Name) || BuiltInTypeNames.Contains(type.Name))
            {
                throw new ArgumentException($"RuleSetOptions.CustomTypes: the name '{type.Name}' is taken (by an input, another type or a built-in such as Math; names are case-insensitive).", nameof(options));
            }

            if (HostFunctionCatalog.CallableMethods(type).Count == 0)
            {
                throw new ArgumentException(
                    $"RuleSetOptions.CustomTypes: '{type.Name}' has no method rules can call (public, static, not generic, taking and returning texts, numbers, bools or enums).", nameof(options));
            }
        }

        return inputs;
    }

    private static void ReportUnusedOverrides(LoadContext context)
    {
        foreach (var name in context.Options.GlobalParameterOverrides.Keys)
        {
            if (!context.UsedOverrides.Contains(name))
            {
                context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.OverrideWithoutGlobal,
                    $"The host overrides global parameter '{name}', but no loaded workflow declares it; remove the override or fix its name.") { JsonPath = "$" });
            }
        }
    }
}
