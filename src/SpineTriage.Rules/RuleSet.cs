using System.Diagnostics.CodeAnalysis;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Evaluation.Loading;

namespace SpineTriage.Rules;

/// <summary>Workflows read from RulesEngine-format JSON and compiled once: immutable and thread-safe.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, Workflow> _byName = new(StringComparer.OrdinalIgnoreCase);

    internal RuleSet(IReadOnlyList<Workflow> workflows, IReadOnlyList<RuleInput> inputs, string contentHash, IReadOnlyList<Diagnostic> warnings, IReadOnlyList<string>? hostFunctions = null)
    {
        Workflows = workflows;
        Inputs = inputs;
        ContentHash = contentHash;
        Warnings = warnings;
        HostFunctions = hostFunctions ?? [];
        foreach (var workflow in workflows)
        {
            _byName[workflow.Name] = workflow;
        }
    }

    /// <summary>Gets the workflows, in the order of their sources.</summary>
    public IReadOnlyList<Workflow> Workflows { get; }

    /// <summary>Gets the inputs every workflow takes, in argument order.</summary>
    public IReadOnlyList<RuleInput> Inputs { get; }

    /// <summary>
    /// Gets the rule-set version, <c>sha256:</c> and 64 hex digits over the sources (name and content, in order), the
    /// overrides, and the host-registered types with the signatures of their callable methods.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>Gets the warnings found while loading (problems that do not stop the rule set from working).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// Gets every host-registered function rules can call (<see cref="RuleSetOptions.CustomTypes"/>), as
    /// <c>Type.Method(parameter types) returning type</c>, by type and method name: what a reviewer of the rules needs
    /// to know the host added to the language. Empty when the host registered none.
    /// </summary>
    public IReadOnlyList<string> HostFunctions { get; }

    /// <summary>Loads and compiles rule sources.</summary>
    /// <param name="sources">The rule files' contents.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleLoadException">Any source has an error; the exception lists all of them.</exception>
    /// <exception cref="ArgumentException">The options are invalid (no inputs, or a repeated input name).</exception>
    public static RuleSet Load(IEnumerable<RuleSource> sources, RuleSetOptions options)
    {
        var result = TryLoad(sources, options);
        return result.Succeeded ? result.RuleSet : throw new RuleLoadException(result.Problems);
    }

    /// <summary>Loads one rule file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleLoadException">The file has an error, or cannot be read, is not a regular file or is too large; the exception lists every problem.</exception>
    public static RuleSet LoadFile(string path, RuleSetOptions options) => Load([RuleSource.FromFile(path, path, MaxFileBytes(options))], options);

    /// <summary>Loads every <c>*.json</c> file directly in a directory, in ordinal name order, skipping <c>*.schema.json</c> (<see cref="RuleSource.FilesIn"/>).</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleLoadException">Any file has an error, or cannot be read, is not a regular file or is too large; the exception lists every problem.</exception>
    /// <exception cref="IOException">The directory cannot be listed.</exception>
    public static RuleSet LoadDirectory(string directory, RuleSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Load(RuleSource.FilesIn(directory).Select(f => RuleSource.FromFile(f, f, MaxFileBytes(options))).ToList(), options);
    }

    private static long MaxFileBytes(RuleSetOptions options) => options?.Limits?.MaxFileBytes ?? new RuleLimits().MaxFileBytes;

    /// <summary>Loads rules from a JSON string.</summary>
    /// <param name="json">One workflow object or an array of them.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <param name="sourceName">The name diagnostics use for the JSON.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleLoadException">The JSON has an error; the exception lists all of them.</exception>
    public static RuleSet LoadJson(string json, RuleSetOptions options, string sourceName = "inline.json") =>
        Load([new RuleSource(sourceName, json)], options);

    /// <summary>Loads rules from a UTF-8 stream (for example an embedded resource).</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <param name="sourceName">The name diagnostics use for the stream.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleLoadException">The JSON has an error; the exception lists all of them.</exception>
    public static RuleSet LoadStream(Stream stream, RuleSetOptions options, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load([RuleSource.FromStream(stream, sourceName, MaxFileBytes(options))], options);
    }

    /// <summary>Loads rule sources without throwing for bad content.</summary>
    /// <param name="sources">The rule files' contents.</param>
    /// <param name="options">The inputs, overrides and settings.</param>
    /// <returns>The rule set when there was no error, and every diagnostic.</returns>
    /// <exception cref="ArgumentException">The options are invalid (no inputs, or a repeated input name).</exception>
    public static RuleSetLoadResult TryLoad(IEnumerable<RuleSource> sources, RuleSetOptions options) => RuleSetLoader.Load(sources, options);

    /// <summary>
    /// Brings every workflow to its compiled tier now, on the calling thread, instead of in the background after its first
    /// evaluations: for a host that wants its first evaluations at full speed and no code generated while it serves (a
    /// server's start-up), or a benchmark of the steady state. Results are the same in either tier. Calling it again does
    /// nothing more. A workflow that cannot be compiled (no dynamic code, out of memory for code) keeps evaluating
    /// interpreted and <see cref="RuleSetOptions.TierUpFailed"/> is told, as for the background tier-up.
    /// </summary>
    /// <param name="forMissingInputs">
    /// Also compile each workflow's code for evaluations in which an input is null; otherwise that code is compiled in the
    /// background when an evaluation first needs it, as the automatic tier-up does (that is all of its work).
    /// </param>
    public void CompileNow(bool forMissingInputs = true)
    {
        foreach (var workflow in Workflows)
        {
            if (forMissingInputs)
            {
                workflow.Plan.CompileNow();
            }
            else
            {
                workflow.Plan.TierUpNow();
            }
        }
    }

    /// <summary>Gets a workflow by name (case-insensitive).</summary>
    /// <param name="name">The workflow name.</param>
    /// <returns>The workflow.</returns>
    /// <exception cref="ArgumentException">No workflow has that name; the message lists the known names.</exception>
    public Workflow GetWorkflow(string name)
    {
        if (TryGetWorkflow(name, out var workflow))
        {
            return workflow;
        }

        throw new ArgumentException($"No workflow is named '{name}'.{NameSuggester.DidYouMean(name, _byName.Keys)} Known workflows: {string.Join(", ", _byName.Keys)}.", nameof(name));
    }

    /// <summary>Gets a workflow by name (case-insensitive), if there is one.</summary>
    /// <param name="name">The workflow name.</param>
    /// <param name="workflow">The workflow, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetWorkflow(string name, [NotNullWhen(true)] out Workflow? workflow)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out workflow);
    }
}
