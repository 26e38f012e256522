using System.Runtime.CompilerServices;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// Lets the search reason about a residual that reads a wholly missing collection or object, such as
/// <c>order.Lines.Any(l =&gt; l.Quantity &gt; 10)</c> when the order has no lines: each smallest yes/no condition over
/// it becomes a search variable of its own (an atom, true or false), the same condition in every rule being the same
/// atom. Which lists of lines exist cannot be enumerated; which of these conditions hold can.
/// </summary>
/// <remarks>
/// Atoms are assigned independently, so a combination no list of lines gives (no line over 10 yet one over 20)
/// is searched too: the possible verdicts are a superset of the true ones, never missing a verdict some completion gives,
/// and a single possible verdict is certain. That is still at least as narrow as per-rule logic, which treats every
/// Unknown rule as independent; the result says the list may be wider (<see cref="PossibleVerdicts.IndependentlySearched"/>).
/// </remarks>
internal sealed class CollectionAtoms(int firstIndex)
{
    private static readonly DomainValue[] YesNo = [new(false, null), new(true, null)];

    /// <summary>
    /// The printed text of each quantifier that became an atom, which names it, kept with the quantifier's body: the
    /// rule's own bound node, the same object case after case, so each is printed once, not per case (printing was 8 % of
    /// a verdicts-only evaluation of DefaultPackMissingDataBenchmarks' inputs).
    /// </summary>
    private static readonly ConditionalWeakTable<BoundExpression, string> Texts = new();
    private readonly Dictionary<string, Atom> _byText = new(StringComparer.Ordinal);

    /// <summary>Gets the atoms made so far, in the order of their input indexes.</summary>
    public List<Atom> All { get; } = [];

    /// <summary>Whether <see cref="Rewrite(BoundExpression)"/> can stand atoms in for every part of the residual that cannot be enumerated.</summary>
    public static bool CanRewrite(BoundExpression residual) => Rewrite(residual, null) is not null;

    /// <summary>
    /// The residual with each smallest yes/no condition over a wholly missing collection or object replaced by an atom's
    /// input; null when such a part is not a yes/no condition under logical operators only (a number, say).
    /// </summary>
    public BoundExpression? Rewrite(BoundExpression residual) => Rewrite(residual, this);

    /// <summary>The search variables of the atoms: each takes false and true.</summary>
    public IEnumerable<SearchVariable> Variables() => All.Select(atom => new SearchVariable(atom.Input.Index, atom.Path, YesNo, atom.Condition));

    private static BoundExpression? Rewrite(BoundExpression node, CollectionAtoms? atoms)
    {
        if (ResidualCondition.IsEnumerable(node))
        {
            return node;
        }

        if (node.Type != typeof(bool))
        {
            return null;
        }

        switch (node)
        {
            case BoundBinary binary when binary.Left.Type == typeof(bool) && binary.Right.Type == typeof(bool):
                var left = Rewrite(binary.Left, atoms);
                var right = left is null ? null : Rewrite(binary.Right, atoms);
                return right is null ? null
                    : ReferenceEquals(left, binary.Left) && ReferenceEquals(right, binary.Right) ? binary
                    : new BoundBinary(binary.Operator, left!, right, typeof(bool), binary.Text);
            case BoundUnary { Operator: UnaryOperator.Not } not:
                var operand = Rewrite(not.Operand, atoms);
                return operand is null ? null : ReferenceEquals(operand, not.Operand) ? not : new BoundUnary(UnaryOperator.Not, operand, not.Text);
            case BoundConditional conditional when conditional.Condition.Type == typeof(bool):
                var condition = Rewrite(conditional.Condition, atoms);
                var whenTrue = condition is null ? null : Rewrite(conditional.WhenTrue, atoms);
                var whenFalse = whenTrue is null ? null : Rewrite(conditional.WhenFalse, atoms);
                return whenFalse is null ? null : new BoundConditional(condition!, whenTrue!, whenFalse, conditional.Text);
            default:
                return atoms is null ? node : atoms.InputOf(node);
        }
    }

    private BoundInput InputOf(BoundExpression condition)
    {
        // A quantifier over the missing collection is made anew for each case, around the rule's own body: its text is
        // kept with the body, which stands for that one quantifier of that one rule.
        var text = condition is BoundCollectionCall { Body: { } body, Source: BoundInput }
            ? Texts.GetValue(body, _ => ResidualCondition.Of(condition).ToString())
            : ResidualCondition.Of(condition).ToString();
        if (!_byText.TryGetValue(text, out var atom))
        {
            atom = new Atom(new BoundInput(firstIndex + All.Count, text, typeof(bool), text), condition, WholePath(condition) ?? text);
            _byText.Add(text, atom);
            All.Add(atom);
        }

        return atom.Input;
    }

    /// <summary>The first input the condition reads whole (a collection or an object), whose path the atom stands for among the missing and deciding inputs.</summary>
    private static string? WholePath(BoundExpression node)
    {
        if (node is BoundInput input && !ResidualCondition.IsSingleValue(input))
        {
            return input.Name;
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            if (WholePath(node.ChildAt(i)) is { } path)
            {
                return path;
            }
        }

        return null;
    }


    /// <summary>One atom: the input the search assigns, the condition it stands for, and the path of the collection or object it reads whole.</summary>
    internal sealed record Atom(BoundInput Input, BoundExpression Condition, string Path);
}
