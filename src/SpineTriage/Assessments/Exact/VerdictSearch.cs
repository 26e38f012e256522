using SpineTriage.Rules;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Assessments.Exact;

/// <summary>One missing input the search assigns: its index among the residuals' inputs, its path and its values.</summary>
internal sealed record SearchVariable(int Index, string Path, IReadOnlyList<DomainValue> Values);

/// <summary>
/// A box of completions that all give one verdict: for each search variable, the index of the one value it was given,
/// or -1 when any value gives the verdict (the search did not need to assign it).
/// </summary>
internal sealed record VerdictCube(string Verdict, int[] Values);

/// <summary>
/// The possible verdicts of one assessment, searched over the completions of its missing inputs: depth first, one
/// input at a time, each over its values, and after each assignment the verdict rules' residuals are evaluated
/// three-valued (the inputs not yet assigned are Unknown) and resolved by precedence. When that resolution is already
/// decided, every completion below gives that verdict (Kleene logic is monotone: filling in values never changes a
/// True or False), so the branch is a <see cref="VerdictCube"/> and is not enumerated further. The search visits at
/// most <see cref="Budget"/> assignments and otherwise gives up, as it does when a complete assignment still leaves
/// the verdict open (a residual Unknown whatever the inputs).
/// </summary>
internal sealed class VerdictSearch
{
    /// <summary>The most assignments (complete or partial) the search evaluates.</summary>
    public const int Budget = 4_096;

    private readonly IReadOnlyList<string> _verdicts;
    private readonly string _defaultVerdict;
    private readonly int[][] _verdictRules;
    private readonly Truth[] _truths;
    private readonly BoundExpression?[] _residuals;
    private readonly int[] _evaluatedAt;
    private readonly IReadOnlyList<SearchVariable> _variables;
    private readonly bool _prune;
    private readonly object?[] _args;
    private readonly int[] _assigned;
    private readonly ExpressionWalker<EvaluateMode, object?> _walker;
    private readonly List<VerdictCube> _cubes = [];
    private int _visited;

    public int Visited => _visited;

    /// <param name="verdicts">The verdicts, most precedent first.</param>
    /// <param name="defaultVerdict">The verdict when no verdict rule holds.</param>
    /// <param name="verdictRules">For each verdict, the indexes of its rules.</param>
    /// <param name="constants">Each rule's truth when it has no residual (the rules not searched over).</param>
    /// <param name="residuals">The rules with a residual, and that residual (over the session's inputs).</param>
    /// <param name="variables">The inputs to assign, in order.</param>
    /// <param name="inputCount">The number of inputs of the residual session.</param>
    /// <param name="prune">Whether a decided partial assignment may stand for all its completions (false when a residual reads absence, which is not monotone).</param>
    public VerdictSearch(
        IReadOnlyList<string> verdicts,
        string defaultVerdict,
        int[][] verdictRules,
        Truth[] constants,
        (int Rule, BoundExpression Residual)[] residuals,
        IReadOnlyList<SearchVariable> variables,
        int inputCount,
        bool prune)
    {
        _verdicts = verdicts;
        _defaultVerdict = defaultVerdict;
        _verdictRules = verdictRules;
        _truths = (Truth[])constants.Clone();
        _residuals = new BoundExpression?[constants.Length];
        foreach (var (rule, residual) in residuals)
        {
            _residuals[rule] = residual;
        }

        _evaluatedAt = new int[constants.Length];
        _variables = variables;
        _prune = prune;
        _args = new object?[inputCount];
        _assigned = new int[variables.Count];
        _walker = EvaluateMode.Walker(_args, TruthMode.ThreeValued);
    }

    /// <summary>Runs the search: the cubes, which cover every completion once; or null, with the reason, when it gave up.</summary>
    public IReadOnlyList<VerdictCube>? Run(out string? gaveUp)
    {
        try
        {
            gaveUp = Visit(0);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            gaveUp = $"a residual failed for some values of the missing data ({exception.GetType().Name})";
        }

        return gaveUp is null ? _cubes : null;
    }

    private string? Visit(int depth)
    {
        if (++_visited > Budget)
        {
            return $"the missing data has more than {Budget:N0} combinations to work through";
        }

        // Each residual is evaluated when the resolution first asks for its rule (precedence order stops at the first Met).
        var resolution = VerdictResolver.Resolve(_verdicts, _defaultVerdict, new RuleTruths(this));
        var decided = resolution.MissingLevel is null;
        if (decided && (_prune || depth == _variables.Count))
        {
            var values = new int[_variables.Count];
            Array.Fill(values, -1);
            Array.Copy(_assigned, values, depth);
            _cubes.Add(new VerdictCube(resolution.Verdict, values));
            return null;
        }

        if (depth == _variables.Count)
        {
            return "the verdict stays open for some values of the missing data (a rule is Unknown whatever they are)";
        }

        var variable = _variables[depth];
        for (var i = 0; i < variable.Values.Count; i++)
        {
            _args[variable.Index] = variable.Values[i].Value;
            _assigned[depth] = i;
            if (Visit(depth + 1) is { } stop)
            {
                return stop;
            }
        }

        _args[variable.Index] = null;
        return null;
    }

    /// <summary>A rule's truth under the current assignment: its constant, or its residual evaluated (once per assignment).</summary>
    private Truth TruthOf(int rule)
    {
        if (_residuals[rule] is { } residual && _evaluatedAt[rule] != _visited)
        {
            _truths[rule] = EvaluateMode.TruthOf(_walker.Truth(residual));
            _evaluatedAt[rule] = _visited;
        }

        return _truths[rule];
    }

    /// <summary>The verdict rules' truths under the current assignment, for <see cref="VerdictResolver"/>.</summary>
    private readonly struct RuleTruths(VerdictSearch search) : VerdictResolver.IVerdictRules
    {
        public RuleOutcome Strongest(int verdictIndex)
        {
            var strongest = RuleOutcome.NotMet;
            foreach (var rule in search._verdictRules[verdictIndex])
            {
                switch (search.TruthOf(rule))
                {
                    case Truth.True:
                        return RuleOutcome.Met;
                    case Truth.Unknown:
                        strongest = RuleOutcome.Unknown;
                        break;
                }
            }

            return strongest;
        }
    }
}
