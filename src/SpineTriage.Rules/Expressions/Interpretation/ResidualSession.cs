using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// One partial evaluation of conditions over the same inputs (see <see cref="ResidualMode"/>): the path variables it
/// made, one per missing input path and shared by every residual of the session (input i of a residual is
/// <see cref="Paths"/>[i], so one assignment of values evaluates them all), the paths whose absence tests it leaves
/// open because their value is about to be filled in, and the limits on what it builds. Never throws: a residual
/// that fails or grows past the limits is unavailable, with the reason.
/// </summary>
internal sealed class ResidualSession(IReadOnlySet<string>? openPaths = null, ExpressionLimits? limits = null)
{
    private readonly HashSet<string> _open = openPaths is null ? new(StringComparer.Ordinal) : new(openPaths, StringComparer.Ordinal);
    private readonly ExpressionLimits _limits = limits ?? ExpressionLimits.Default;
    private readonly Dictionary<string, BoundInput> _paths = new(StringComparer.Ordinal);
    private readonly List<BoundInput> _ordered = [];
    private HashSet<string>? _absent;
    private Dictionary<(BoundExpression Value, bool AsTruth), Partial>? _parameters;
    private object?[]? _parameterArgs;
    private bool _namedMore;
    private HashSet<(BoundExpression Value, bool AsTruth)>? _parametersNamingMore;

    /// <summary>
    /// The session's walker, restarted for each residual (taken while a walk is under way, so that a walk started
    /// inside it gets a walker of its own). Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: with the
    /// kept walker of the missing inputs (<see cref="WorkflowResult.MissingInputsOf"/>), over the verdicts-only probe's
    /// 5,000 audit-cohort cases, 46,394 B allocated per case before and 43,108 B after (a walker per walk, and the
    /// array of its lambda variables, 2026-12-06).
    /// </summary>
    private ExpressionWalker<ResidualMode, Partial>? _walker;

    /// <summary>The most kept parameter results whose dictionary is handed on to the thread's next session (a larger one is let go).</summary>
    private const int MaxSpareParameters = 256;

    /// <summary>
    /// A cleared dictionary of kept parameter results that a finished session left for the thread's next one (see
    /// <see cref="Finish"/>). Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: over the verdicts-only
    /// probe's 5,000 audit-cohort cases, 39,403 B allocated per case before, 37,550 B after (a dictionary grown anew in
    /// every session, 2026-12-06).
    /// </summary>
    [ThreadStatic]
    private static Dictionary<(BoundExpression Value, bool AsTruth), Partial>? t_spareParameters;

    /// <summary>The most times <see cref="Settle"/> works a residual out again with more absence tests open.</summary>
    private const int MaxRounds = 4;

    /// <summary>
    /// A residual worked out until it settles: first with every absence test closed (a missing input reads as absent,
    /// as the rule pack's absence policy says), then, while an absence test read as absent an input that the residual
    /// needs filled in (or an object on its path), again with those tests open, so that the residual says what the
    /// condition is once its missing inputs are filled in.
    /// </summary>
    /// <param name="residualise">Works the residual out in a session.</param>
    /// <param name="open">Paths whose absence tests are open from the start (with the objects on their way), or null.</param>
    /// <param name="session">The session of the last round (its path variables are the residual's inputs).</param>
    public static ResidualCondition Settle(Func<ResidualSession, ResidualCondition> residualise, IEnumerable<string>? open, out ResidualSession session)
    {
        var opened = open is null ? null : WithPrefixes(open);
        for (var round = 0; ; round++)
        {
            session = new ResidualSession(opened);
            var residual = residualise(session);
            var filled = WithPrefixes(residual.MissingInputs);
            var reopen = session.AbsentPaths.Where(filled.Contains).ToList();
            if (reopen.Count == 0 || round == MaxRounds)
            {
                return residual;
            }

            opened ??= new HashSet<string>(StringComparer.Ordinal);
            opened.UnionWith(filled);
        }
    }

    /// <summary>The paths and every object on their way: <c>a.b[1].c</c> gives <c>a</c>, <c>a.b</c>, <c>a.b[1]</c> and itself.</summary>
    public static HashSet<string> WithPrefixes(IEnumerable<string> paths)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var i = 0; i < path.Length; i++)
            {
                if (path[i] is '.' or '[')
                {
                    all.Add(path[..i]);
                }
            }

            all.Add(path);
        }

        return all;
    }

    /// <summary>Gets the path variables, input i of every residual of the session at index i.</summary>
    public IReadOnlyList<BoundInput> Paths => _ordered;

    /// <summary>Gets the paths whose absence tests this session leaves open (their value is about to be filled in), with the objects on their way.</summary>
    public IReadOnlyCollection<string> OpenPaths => _open;

    /// <summary>
    /// Gets whether the walks since <see cref="StartTracking"/> met what a rule's missing-input list
    /// (<see cref="RuleResult.MissingInputs"/>) names by something other than an input of the residual: an absence test
    /// of an open path (the list's walk reads it as absent, and goes another way), a member of a missing value that no
    /// input is (named by its expression), a present text that is not a number (named by its path), or a kept
    /// parameter result whose walk met one of these.
    /// </summary>
    public bool MetNamesBeyondInputs => _namedMore;

    /// <summary>Starts tracking <see cref="MetNamesBeyondInputs"/> afresh, for the walks of one rule.</summary>
    public void StartTracking() => _namedMore = false;

    /// <summary>Notes what <see cref="MetNamesBeyondInputs"/> tracks.</summary>
    public void NoteNameBeyondInputs() => _namedMore = true;

    /// <summary>Gets the missing paths that an absence test (a null test, the left of <c>??</c>) read as absent.</summary>
    public IReadOnlyCollection<string> AbsentPaths => (IReadOnlyCollection<string>?)_absent ?? [];

    /// <summary>The condition with every known value substituted and simplified, over the missing inputs only.</summary>
    public ResidualCondition Residualise(BoundExpression condition, object?[] args)
    {
        if (!ReferenceEquals(args, _parameterArgs))
        {
            // Kept parameter results hold for one set of inputs only.
            _parameters?.Clear();
            _parametersNamingMore?.Clear();
            _parameterArgs = args;
        }

        var walker = _walker ?? new ExpressionWalker<ResidualMode, Partial>(args, TruthMode.ThreeValued, new ResidualMode(this));
        _walker = null;
        walker.Restart(args);
        try
        {
            return ResidualCondition.Of(walker.Truth(condition));
        }
        catch (ResidualLimitException exception)
        {
            return ResidualCondition.Unavailable(exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A host getter or arithmetic overflow: the rule itself failed the same way and is Unknown with the message.
            return ResidualCondition.Unavailable($"the condition failed at run time ({exception.GetType().Name}: {exception.Message})");
        }
        finally
        {
            _walker = walker;
        }
    }

    /// <summary>A parameter's result from an earlier walk of this session over the same inputs.</summary>
    public bool TryKept(BoundExpression value, bool asTruth, out Partial result)
    {
        result = default;
        if (_parameters is null || !_parameters.TryGetValue((value, asTruth), out result))
        {
            return false;
        }

        _namedMore |= _parametersNamingMore is not null && _parametersNamingMore.Contains((value, asTruth));
        return true;
    }

    /// <summary>Keeps a parameter's result for later walks over the same inputs (the session's walks all read one case).</summary>
    public void Keep(BoundExpression value, bool asTruth, in Partial result)
    {
        (_parameters ??= SpareParameters())[(value, asTruth)] = result;
        if (_namedMore)
        {
            // Whether the parameter's own walk met such a name or an earlier part of the rule did, its later readers are told.
            (_parametersNamingMore ??= new(ParameterKeyComparer.Instance)).Add((value, asTruth));
        }
    }

    /// <summary>
    /// Ends the session's walks: its kept parameter results' dictionary, cleared, goes to the thread's next session. The
    /// paths and the residuals stay readable; a walk after this starts with nothing kept, as a new session would.
    /// </summary>
    public void Finish()
    {
        if (_parameters is { } parameters && parameters.Count <= MaxSpareParameters)
        {
            parameters.Clear();
            t_spareParameters = parameters;
        }

        _parameters = null;
    }

    private static Dictionary<(BoundExpression Value, bool AsTruth), Partial> SpareParameters()
    {
        var spare = t_spareParameters;
        t_spareParameters = null;
        return spare ?? new(ParameterKeyComparer.Instance);
    }

    /// <summary>The variable for a missing input path, made on its first reading.</summary>
    public BoundInput PathVariable(string path, Type type)
    {
        if (!_paths.TryGetValue(path, out var variable))
        {
            variable = new BoundInput(_ordered.Count, path, type, path);
            _paths.Add(path, variable);
            _ordered.Add(variable);
        }

        return variable;
    }

    /// <summary>Whether an absence test reads the path as filled in (it is open); such a test is noted (<see cref="MetNamesBeyondInputs"/>).</summary>
    public bool IsOpenForTest(string path)
    {
        var open = _open.Contains(path);
        _namedMore |= open;
        return open;
    }

    /// <summary>Opens the absence tests on more paths for the session's next residuals (kept parameter results are dropped: they may have read those tests).</summary>
    public void Open(IEnumerable<string> paths)
    {
        _open.UnionWith(paths);
        _parameters?.Clear();
        _parametersNamingMore?.Clear();
    }

    /// <summary>A closed path read by an absence test: absent, and noted.</summary>
    public Partial Absent(BoundInput path)
    {
        (_absent ??= new HashSet<string>(StringComparer.Ordinal)).Add(path.Name);
        return Partial.Missing;
    }

    /// <summary>Checks a node just built against the expansion limits.</summary>
    public void Count(BoundNode node)
    {
        if (node.ExpandedSize > _limits.MaxExpandedSize || node.ExpandedHeight > _limits.MaxExpandedDepth)
        {
            throw new ResidualLimitException(
                $"the residual grows past the expansion limits ({_limits.MaxExpandedSize:N0} operations, {_limits.MaxExpandedDepth:N0} levels)");
        }
    }

    /// <summary>Gives up on the residual: it is unavailable, with the reason.</summary>
    /// <param name="reason">Why, as a clause (it follows "no residual: ").</param>
    /// <returns>Never returns.</returns>
    public Partial Unavailable(string reason) => throw new ResidualLimitException(reason);

    private sealed class ResidualLimitException(string message) : Exception(message);
}
