using System.Numerics;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// The possible verdicts of one evaluation, searched over the completions of its missing inputs, depth first. At each
/// node the verdict rules' residuals are evaluated three-valued (the inputs not yet assigned are Unknown) and resolved
/// by precedence into the verdicts still open below it: the first verdict with a Met rule, and every more precedent
/// one with an Unknown rule (Kleene logic is monotone: filling in values never changes a True or False, so no
/// completion below gives another). The next input assigned is one the most precedent Unknown rule reads, so the
/// search follows precedence. <see cref="FindPossible"/> stops as soon as every open verdict at the root has been
/// reached or ruled out (a branch whose open verdicts are all reached already is not entered);
/// <see cref="Partition"/> goes on until the completions are split into <see cref="VerdictCube"/>s, one verdict each,
/// from which conditions and deciding inputs are read. Each visits at most <see cref="Budget"/> nodes and otherwise
/// gives up, as it does when a complete assignment still leaves the verdict open (a residual Unknown whatever the
/// inputs). When a residual reads absence (a null test on an input), a partial assignment proves nothing and only
/// complete assignments count.
/// </summary>
internal sealed class VerdictSearch
{
    /// <summary>The most nodes (complete or partial assignments) one search evaluates.</summary>
    public const int Budget = 4_096;

    /// <summary>
    /// The most cubes a partition holds; more, and it gives up. The deciding inputs are read from at most this many
    /// (pair by pair), and a verdict's condition is written out from at most 64 of them, so a larger partition gave
    /// neither and cost up to the whole budget.
    /// </summary>
    /// <remarks>
    /// Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: a workflow whose six rules that each read one
    /// number all lack their inputs split into about 550 cubes,
    /// or ran out of budget after 4,096 nodes, at 0.5 to 0.9 ms each.
    /// </remarks>
    public const int MaxCubes = 256;

    private readonly IReadOnlyList<string> _verdicts;
    private readonly int[][] _verdictRules;
    private readonly Truth[] _truths;
    private readonly BoundExpression?[] _residuals;
    private readonly int[][] _ruleVariables;
    private readonly int[][] _variableRules;
    private readonly bool[] _fresh;
    private readonly IReadOnlyList<SearchVariable> _variables;
    private readonly bool _prune;
    private readonly object?[] _args;
    private readonly int[] _assigned;
    private readonly int[] _nameOfLevel;
    private readonly List<string> _names = [];
    private readonly ExpressionWalker<EvaluateMode, object?> _walker;
    private readonly int _budget;
    private readonly int _maxCubes;
    private int _visited;

    /// <param name="verdicts">The verdicts, most precedent first.</param>
    /// <param name="defaultVerdict">The verdict when no verdict rule holds.</param>
    /// <param name="verdictRules">For each verdict, the indexes of its rules.</param>
    /// <param name="constants">Each rule's truth when it has no residual (the rules not searched over).</param>
    /// <param name="residuals">The rules with a residual, and that residual (over the session's inputs).</param>
    /// <param name="variables">The inputs to assign.</param>
    /// <param name="inputCount">The number of inputs of the residual session.</param>
    /// <param name="prune">Whether a decided partial assignment may stand for all its completions (false when a residual reads absence, which is not monotone).</param>
    /// <param name="share">The share of <see cref="Budget"/> and <see cref="MaxCubes"/> this search may use (1 in full; less when its answer is approximate anyway).</param>
    public VerdictSearch(
        IReadOnlyList<string> verdicts,
        string defaultVerdict,
        int[][] verdictRules,
        Truth[] constants,
        (int Rule, BoundExpression Residual)[] residuals,
        IReadOnlyList<SearchVariable> variables,
        int inputCount,
        bool prune,
        double share = 1)
    {
        _budget = (int)(Budget * share);
        _maxCubes = (int)(MaxCubes * share);
        _verdicts = verdicts;
        _verdictRules = verdictRules;
        _truths = (Truth[])constants.Clone();
        _residuals = new BoundExpression?[constants.Length];
        _ruleVariables = new int[constants.Length][];
        Array.Fill(_ruleVariables, []);

        // Arrays indexed by input and variable, one list reused for every residual: see VariablesOfRules.
        var variableOfInput = new int[inputCount];
        Array.Fill(variableOfInput, -1);
        for (var v = 0; v < variables.Count; v++)
        {
            if ((uint)variables[v].Index < (uint)variableOfInput.Length)
            {
                variableOfInput[variables[v].Index] = v;
            }
        }

        var read = new List<int>();
        foreach (var (rule, residual) in residuals)
        {
            _residuals[rule] = residual;
            read.Clear();
            CollectVariables(residual, variableOfInput, read);
            _ruleVariables[rule] = [.. read];
        }

        _nameOfLevel = new int[verdicts.Count + 1];
        for (var level = 0; level <= verdicts.Count; level++)
        {
            var name = level < verdicts.Count ? verdicts[level] : defaultVerdict;
            var id = _names.IndexOf(name);
            _nameOfLevel[level] = id >= 0 ? id : _names.Count;
            if (id < 0)
            {
                _names.Add(name);
            }
        }

        _variableRules = VariablesOfRules(_ruleVariables, variables.Count);
        _fresh = new bool[constants.Length];
        _variables = variables;
        _prune = prune;
        _args = new object?[inputCount];
        _assigned = new int[variables.Count];
        Array.Fill(_assigned, -1);
        _walker = EvaluateMode.Walker(_args, TruthMode.ThreeValued);
    }

    /// <summary>Gets the number of nodes the last search visited.</summary>
    public int Visited => _visited;

    /// <summary>The verdicts some completion gives, most precedent first; or null, with the reason, when the search gave up.</summary>
    public IReadOnlyList<string>? FindPossible(out string? gaveUp)
    {
        _visited = 0;
        if (_names.Count > 64)
        {
            gaveUp = "the precedence has more than 64 verdicts";
            return null;
        }

        var found = 0UL;
        var toFind = _prune ? OpenVerdicts() : ulong.MaxValue;
        gaveUp = Guard(() => Find(0, ref toFind, ref found));
        return gaveUp is null ? Names(found) : null;
    }

    /// <summary>The cubes, which cover every completion once; or null, with the reason, when the search gave up.</summary>
    public IReadOnlyList<VerdictCube>? Partition(out string? gaveUp)
    {
        _visited = 0;
        if (_names.Count > 64)
        {
            gaveUp = "the precedence has more than 64 verdicts";
            return null;
        }

        using var cubes = new CubeBuffer(_variables.Count);
        gaveUp = Guard(() => Split(0, cubes));
        return gaveUp is null ? cubes.ToCubes(_names) : null;
    }

    /// <summary>
    /// For each variable, the rules that read it, ascending: counted, then filled, instead of a list per variable copied
    /// into an array. With the arrays of <see cref="CollectVariables"/> in place of a dictionary and a list per residual,
    /// shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: over the verdicts-only probe's 5,000 audit-cohort
    /// cases, 43,108 B allocated per case before, 41,242 B after (2026-12-06).
    /// </summary>
    private static int[][] VariablesOfRules(int[][] ruleVariables, int variableCount)
    {
        var counts = new int[variableCount];
        foreach (var read in ruleVariables)
        {
            foreach (var variable in read)
            {
                counts[variable]++;
            }
        }

        var variableRules = new int[variableCount][];
        for (var variable = 0; variable < variableCount; variable++)
        {
            variableRules[variable] = counts[variable] == 0 ? [] : new int[counts[variable]];
            counts[variable] = 0;
        }

        for (var rule = 0; rule < ruleVariables.Length; rule++)
        {
            foreach (var variable in ruleVariables[rule])
            {
                variableRules[variable][counts[variable]++] = rule;
            }
        }

        return variableRules;
    }

    private static void CollectVariables(BoundExpression node, int[] variableOfInput, List<int> read)
    {
        if (node is BoundInput input && (uint)input.Index < (uint)variableOfInput.Length && variableOfInput[input.Index] is >= 0 and var variable && !read.Contains(variable))
        {
            read.Add(variable);
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            CollectVariables(node.ChildAt(i), variableOfInput, read);
        }
    }

    private string? Guard(Func<string?> search)
    {
        try
        {
            return search();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"a residual failed for some values of the missing data ({exception.GetType().Name})";
        }
        finally
        {
            Array.Clear(_fresh);
            Array.Fill(_assigned, -1);
            foreach (var variable in _variables)
            {
                _args[variable.Index] = null;
            }
        }
    }

    private List<string> Names(ulong mask)
    {
        var names = new List<string>();
        for (var level = 0; level <= _verdicts.Count; level++)
        {
            var id = _nameOfLevel[level];
            if ((mask & (1UL << id)) != 0 && !names.Contains(_names[id]))
            {
                names.Add(_names[id]);
            }
        }

        return names;
    }

    private string? Find(int depth, ref ulong toFind, ref ulong found)
    {
        if (++_visited > _budget)
        {
            return $"the missing data has more than {_budget:N0} combinations to work through";
        }

        var open = OpenVerdicts();
        var complete = depth == _variables.Count;
        if (_prune && (open & toFind) == 0)
        {
            return null;
        }

        if (BitOperations.IsPow2(open) && (_prune || complete))
        {
            found |= open;
            toFind &= ~open;
            return null;
        }

        if (complete)
        {
            return StaysOpen;
        }

        var variable = NextVariable();
        if (variable < 0)
        {
            return StaysOpen;
        }

        for (var i = 0; i < _variables[variable].Values.Count && (toFind != 0 || !_prune); i++)
        {
            Assign(variable, i);
            if (Find(depth + 1, ref toFind, ref found) is { } stop)
            {
                return stop;
            }
        }

        Assign(variable, -1);
        return null;
    }

    private string? Split(int depth, CubeBuffer cubes)
    {
        if (++_visited > _budget)
        {
            return $"the missing data has more than {_budget:N0} combinations to work through";
        }

        var open = OpenVerdicts();
        if (BitOperations.IsPow2(open) && (_prune || depth == _variables.Count))
        {
            cubes.Add(BitOperations.TrailingZeroCount(open), _assigned);
            return cubes.Count > _maxCubes ? $"the missing data splits into more than {_maxCubes:N0} combinations by verdict" : null;
        }

        var variable = depth == _variables.Count ? -1 : NextVariable();
        if (variable < 0)
        {
            return StaysOpen;
        }

        var first = cubes.Count;
        for (var i = 0; i < _variables[variable].Values.Count; i++)
        {
            Assign(variable, i);
            if (Split(depth + 1, cubes) is { } stop)
            {
                return stop;
            }
        }

        Assign(variable, -1);
        cubes.MergeSiblings(first, variable, _variables[variable].Values.Count);
        return null;
    }

    private const string StaysOpen = "the verdict stays open for some values of the missing data (a rule is Unknown whatever they are)";

    private void Assign(int variable, int value)
    {
        _assigned[variable] = value;
        _args[_variables[variable].Index] = value < 0 ? null : _variables[variable].Values[value].Value;
        foreach (var rule in _variableRules[variable])
        {
            _fresh[rule] = false;
        }
    }

    /// <summary>
    /// The verdicts still open under the current assignment, as a mask over verdict names: the first verdict with a
    /// Met rule (the default when none is) and every more precedent verdict with an Unknown rule.
    /// </summary>
    private ulong OpenVerdicts()
    {
        var open = 0UL;
        for (var level = 0; level < _verdicts.Count; level++)
        {
            switch (Strongest(level))
            {
                case RuleOutcome.Met:
                    return open | (1UL << _nameOfLevel[level]);
                case RuleOutcome.Unknown:
                    open |= 1UL << _nameOfLevel[level];
                    break;
            }
        }

        return open | (1UL << _nameOfLevel[_verdicts.Count]);
    }

    private RuleOutcome Strongest(int level)
    {
        var strongest = RuleOutcome.NotMet;
        foreach (var rule in _verdictRules[level])
        {
            switch (TruthOf(rule))
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

    /// <summary>
    /// The next input to assign: one not yet assigned that the most precedent Unknown rule reads (up to the first verdict
    /// with a Met rule), so that the search follows precedence; else any input not yet assigned; -1 when none is left.
    /// </summary>
    private int NextVariable()
    {
        for (var level = 0; level < _verdicts.Count; level++)
        {
            var met = false;
            foreach (var rule in _verdictRules[level])
            {
                var truth = TruthOf(rule);
                met |= truth == Truth.True;
                if (truth != Truth.Unknown)
                {
                    continue;
                }

                foreach (var variable in _ruleVariables[rule])
                {
                    if (_assigned[variable] < 0)
                    {
                        return variable;
                    }
                }
            }

            if (met)
            {
                break;
            }
        }

        return Array.IndexOf(_assigned, -1);
    }

    /// <summary>
    /// A rule's truth under the current assignment: its constant, or its residual evaluated again only when a variable
    /// it reads has changed since (a residual reads a few of the variables; evaluating every residual after every
    /// assignment was most of the search's time). Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly and
    /// .TriageReport, which split the completions by verdict: exact reasoning with the split allocated 130.0 KB per case
    /// before and 85.9 KB after, and its time, in Stopwatch sections on the same 256 cases, about halved (the best of 25
    /// passes, 623 to 390 µs per case, on a machine at load average 30: read the ratio, not the microseconds).
    /// </summary>
    private Truth TruthOf(int rule)
    {
        if (!_fresh[rule] && _residuals[rule] is { } residual)
        {
            _truths[rule] = EvaluateMode.TruthOf(_walker.Truth(residual));
            _fresh[rule] = true;
        }

        return _truths[rule];
    }
}
