using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules;

/// <summary>
/// A workflow loaded, bound and checked: immutable and thread-safe. Its rules are interpreted at first (a walk of each
/// bound condition) and, after a few evaluations, run as delegates compiled in the background; no lock and no
/// compilation on the evaluation path.
/// </summary>
public sealed partial class Workflow
{
    private readonly RuleInput[] _inputs;

    /// <summary>Whether an input is read from JSON or a dictionary (<see cref="RuleInput.FromJsonSchema(string, JsonElement)"/>): then each evaluation reads it first.</summary>
    private readonly bool _readsJson;
    private EvaluationPlan _plan = null!;

    internal Workflow(string name, string? sourceName, JsonElement properties, IReadOnlyList<GlobalParameter> globalParams, RuleInput[] inputs)
    {
        Name = name;
        SourceName = sourceName;
        Properties = properties;
        GlobalParams = globalParams;
        _inputs = inputs;
        _readsJson = Array.Exists(inputs, input => input.Dynamic is not null);
    }

    /// <summary>Gets the workflow's name (<c>WorkflowName</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the enabled top-level rules: the workflow's own, then those of <c>WorkflowsToInject</c> (recursively), in order.</summary>
    public IReadOnlyList<Rule> Rules { get; internal set; } = [];

    /// <summary>Gets the workflow's global parameters, in declaration order.</summary>
    public IReadOnlyList<GlobalParameter> GlobalParams { get; }

    /// <summary>Gets the workflow-level <c>Properties</c> (a SpineTriage addition); <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Properties { get; }

    /// <summary>Gets the name of the source (file) that declares the workflow.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the rules the workflow declares itself, before injection (used while linking).</summary>
    internal IReadOnlyList<Rule> OwnRules { get; set; } = [];

    internal EvaluationPlan Plan => _plan;

    internal TruthMode TruthMode { get; init; }

    /// <summary>Evaluates every enabled top-level rule against the inputs.</summary>
    /// <param name="inputs">One value per <see cref="RuleSetOptions.Inputs"/> entry, in that order; a null input reads as missing.</param>
    /// <returns>The outcome of every rule, with lazily computed details (missing inputs, messages, explanations).</returns>
    /// <exception cref="ArgumentException">The number or the types of the inputs do not match the rule set's inputs.</exception>
    public WorkflowResult Evaluate(params object?[] inputs)
    {
        if (_readsJson)
        {
            inputs = ReadDynamic(inputs);
        }

        CheckInputs(inputs);

        // The result keeps the inputs for details computed later, so the caller may reuse the array at once: a single
        // input (the usual case) is kept in the result itself, several in a copy.
        return inputs.Length == 1 ? Run(inputs, retained: null, inputs[0]) : Run(inputs, inputs.AsSpan().ToArray(), null);
    }

    /// <summary>
    /// Evaluates every enabled top-level rule against the inputs, without allocating an inputs array: the overload C#
    /// picks for <c>Evaluate(order)</c> or <c>Evaluate(a, b)</c>.
    /// </summary>
    /// <param name="inputs">One value per <see cref="RuleSetOptions.Inputs"/> entry, in that order; a null input reads as missing.</param>
    /// <returns>The outcome of every rule, with lazily computed details (missing inputs, messages, explanations).</returns>
    /// <exception cref="ArgumentException">The number or the types of the inputs do not match the rule set's inputs.</exception>
    public WorkflowResult Evaluate(params ReadOnlySpan<object?> inputs)
    {
        if (_readsJson)
        {
            var read = ReadDynamic(inputs);
            CheckInputs(read);
            return Run(read, read, null);
        }

        CheckInputs(inputs);
        if (inputs.Length != 1)
        {
            var copy = inputs.ToArray();
            return Run(copy, copy, null);
        }

        // One input: the compiled code reads it from an array, the thread's scratch one; the result keeps the input itself.
        var scratch = ThreadScratch.Take(inputs, 0);
        var result = Run(scratch.Args, retained: null, inputs[0]);
        scratch.Return();
        return result;
    }

    /// <summary>
    /// Evaluates every enabled top-level rule against an inputs array handed over to the result: the result keeps the
    /// array itself for the details it computes later (no copy), so the caller must not change it afterwards. For a
    /// caller that builds a new array per evaluation (several inputs), this saves the copy <see cref="Evaluate(object?[])"/> makes.
    /// </summary>
    /// <param name="inputs">One value per <see cref="RuleSetOptions.Inputs"/> entry, in that order; a null input reads as missing. Not changed afterwards, by the caller or anyone.</param>
    /// <returns>The outcome of every rule, with lazily computed details (missing inputs, messages, explanations).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException">The number or the types of the inputs do not match the rule set's inputs.</exception>
    public WorkflowResult EvaluateOwned(object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_readsJson)
        {
            inputs = ReadDynamic(inputs);
        }

        CheckInputs(inputs);
        return Run(inputs, inputs, null);
    }

    private WorkflowResult Run(object?[] args, object?[]? retained, object? singleInput)
    {
        string?[]? exceptions = null;
        var outcomes = _plan.EvaluateAll(args, ref exceptions);
        return new WorkflowResult(this, retained, singleInput, outcomes, exceptions);
    }

    internal void SetPlan(EvaluationPlan plan) => _plan = plan;

    /// <summary>Evaluates one top-level rule alone (for an EvaluateRule action); the inputs were checked by the caller.</summary>
    internal RuleResult EvaluateRule(Rule rule, object?[] args)
    {
        var slot = IndexOfTopLevel(rule);
        string?[]? exceptions = null;
        var outcomes = _plan.EvaluateOne(slot, args, ref exceptions);
        return new WorkflowResult(this, args, null, outcomes, exceptions).ResultAt(slot);
    }

    private int IndexOfTopLevel(Rule rule)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (ReferenceEquals(Rules[i], rule))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Rule '{rule.Name}' is not a top-level rule of workflow '{Name}'.");
    }

    /// <summary>The inputs with each JSON or dictionary value of a dynamic input read into its type (a new array; the caller's is left as it is).</summary>
    private object?[] ReadDynamic(ReadOnlySpan<object?> inputs)
    {
        var read = inputs.ToArray();
        for (var i = 0; i < read.Length && i < _inputs.Length; i++)
        {
            if (_inputs[i].Dynamic is { } dynamic && read[i] is { } value && !dynamic.Type.IsInstanceOfType(value))
            {
                read[i] = ReadDynamic(i, dynamic, value);
            }
        }

        return read;
    }

    private object ReadDynamic(int index, Inputs.DynamicInput dynamic, object value)
    {
        try
        {
            if (dynamic.TryRead(value, out var instance))
            {
                return instance;
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"Input {index} ('{_inputs[index].Name}') of workflow '{Name}' is JSON it cannot read: {exception.Message}", "inputs", exception);
        }

        throw new ArgumentException(
            $"Input {index} ('{_inputs[index].Name}') of workflow '{Name}' is read from JSON or a dictionary: give a JsonElement, a JsonNode, JSON text or an IDictionary<string, object?>, not a {value.GetType().Name}.", "inputs");
    }

    private void CheckInputs(object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CheckInputs(inputs.AsSpan());
    }

    /// <summary>On every evaluation: small, with the messages built in the throw helpers, so that it needs no stack frame to speak of.</summary>
    private void CheckInputs(ReadOnlySpan<object?> inputs)
    {
        var expected = _inputs;
        if (inputs.Length != expected.Length)
        {
            ThrowInputCount(inputs.Length);
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            var value = inputs[i];
            if (value is not null && value.GetType() != expected[i].Type && !expected[i].Type.IsInstanceOfType(value))
            {
                ThrowInputType(i, value);
            }
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowInputCount(int given) =>
        throw new ArgumentException($"Workflow '{Name}' takes {_inputs.Length} input(s) ({DescribeInputs()}), but {given} were given.", "inputs");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowInputType(int index, object value) =>
        throw new ArgumentException($"Input {index} ('{_inputs[index].Name}') of workflow '{Name}' must be a {_inputs[index].Type.Name}, but a {value.GetType().Name} was given.", "inputs");

    private string DescribeInputs()
    {
        var names = new string[_inputs.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = $"{_inputs[i].Name}: {_inputs[i].Type.Name}";
        }

        return string.Join(", ", names);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
