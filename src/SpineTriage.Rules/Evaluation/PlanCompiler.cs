using System.Linq.Expressions;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Compilation;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// Builds a whole rule tree (leaf conditions and the Kleene folds of Operator rules) into a few lambdas that write
/// each slot's outcome byte: one lambda per chunk of about <see cref="ChunkBudget"/> expression nodes instead of one
/// per rule, the inputs cast once per chunk, and non-constant parameters computed once. A chunk is bounded so that the
/// JIT keeps optimizing it (a huge method falls back to minimal optimization) and compile time stays linear in rules.
/// Each chunk holds its rules twice (see <see cref="PlanChunk"/>): for present inputs, and for any.
/// </summary>
internal sealed class PlanCompiler(EvaluationPlan plan, TruthMode mode, bool stopAtDecisiveChild)
{
    /// <summary>The expression-node budget of one chunk: a few dozen rules, well under the size at which the JIT stops optimizing a method.</summary>
    public const int ChunkBudget = 4_000;

    /// <summary>
    /// The expression-node budget of one part of a chunk's code for any inputs (see <see cref="BuildAnyInputs"/>): that
    /// code branches at each read and operator, and past its limits (some 2,000 basic blocks or locals, which of them this
    /// code crossed was not measured) the JIT stops optimizing a method.
    /// </summary>
    public const int AnyInputsPartBudget = 2_000;

    private static readonly ConstantExpression True = Expression.Constant(Truth.True);
    private static readonly ConstantExpression False = Expression.Constant(Truth.False);
    private static readonly ConstantExpression Unknown = Expression.Constant(Truth.Unknown);

    private readonly ParameterExpression _args = Expression.Parameter(typeof(object?[]), "args");
    private readonly ParameterExpression _outcomes = Expression.Parameter(typeof(byte[]), "outcomes");
    private int _highestSlot = -1;

    /// <summary>The chunks, in top-level order; running all of them fills the outcome of every slot.</summary>
    public PlanChunk[] Build()
    {
        var chunks = new List<PlanChunk>();
        var statements = new List<Expression>();
        DelegateBuilder? builder = null;
        var size = 0;
        var first = 0;
        var count = plan.TopLevelCount;
        for (var i = 0; i < count; i++)
        {
            var current = builder ??= new DelegateBuilder(mode, hoistParameters: true, _args, assumeInputsPresent: true);
            var slot = i;
            var statement = current.Scoped(() => Slot(current, slot));
            statements.Add(statement);
            size += ExpressionSize.Of(statement);
            if (size >= ChunkBudget || i == count - 1)
            {
                chunks.Add(Finish(current, statements, first, i + 1));
                builder = null;
                size = 0;
                first = i + 1;
            }
        }

        return [.. chunks];
    }

    /// <summary>
    /// The code for any inputs of the top-level rules from <paramref name="first"/> to before <paramref name="end"/>: one
    /// lambda per run of rules of about <see cref="AnyInputsPartBudget"/> expression nodes, to be run in order.
    /// </summary>
    /// <remarks>
    /// The code for any inputs of a chunk's rules is larger than the code for present ones (a null test at each read,
    /// Kleene logic at each operator), and as one lambda the two largest chunks of the default pack's code went past the
    /// size at which the JIT stops optimizing a method ("switched to MinOpts": IL of 16,849 and 17,072 bytes, 38 KB of
    /// code each). Shown by DefaultPackMissingDataBenchmarks.EngineAll, whose rules run that code for every case with a
    /// missing input: 3,450 ns before, 2,340 ns after (the best of 6 passes of a million calls, 3 interleaved runs,
    /// 2026-12-06; the hand-written baseline 820–1,140 ns), every part compiled with full optimization.
    /// </remarks>
    public Expression<Action<object?[], byte[]>>[] BuildAnyInputs(int first, int end)
    {
        var parts = new List<Expression<Action<object?[], byte[]>>>();
        DelegateBuilder? builder = null;
        var statements = new List<Expression>();
        var size = 0;
        for (var i = first; i < end; i++)
        {
            var current = builder ??= new DelegateBuilder(mode, hoistParameters: true, _args);
            var slot = i;
            var statement = current.Scoped(() => Slot(current, slot));
            statements.Add(statement);
            size += ExpressionSize.Of(statement);
            if (size >= AnyInputsPartBudget || i == end - 1)
            {
                var clearHighest = ClearHighestSlot();
                parts.Add(Expression.Lambda<Action<object?[], byte[]>>(current.LambdaBody(Expression.Block(typeof(void), statements.Prepend(clearHighest))), _args, _outcomes));
                builder = null;
                statements = [];
                size = 0;
            }
        }

        return [.. parts];
    }

    /// <summary>
    /// The chunk's code for present inputs, or its only code when it reads no input that can be null. It first clears
    /// the highest slot it writes (NotEvaluated, which it then overwrites or, for a child skipped in Performance mode,
    /// leaves): after that one bounds check the JIT drops the check of every other outcome store, all at smaller
    /// constant indexes.
    /// </summary>
    private PlanChunk Finish(DelegateBuilder builder, List<Expression> statements, int first, int end)
    {
        var clearHighest = ClearHighestSlot();
        var tests = builder.PresentInputs
            .Select(index => (Expression)Expression.ReferenceNotEqual(Expression.ArrayIndex(_args, Expression.Constant(index)), Expression.Constant(null)))
            .ToList();
        var compiler = new PlanCompiler(plan, mode, stopAtDecisiveChild);
        Func<Expression<Action<object?[], byte[]>>[]> buildAnyInputs = () => compiler.BuildAnyInputs(first, end);
        PlanChunk chunk;
        if (tests.Count == 0)
        {
            // No input that can be null is read: this code is already the code for any inputs.
            chunk = new PlanChunk(null, Expression.Lambda<Action<object?[], byte[]>>(
                builder.LambdaBody(Expression.Block(typeof(void), statements.Prepend(clearHighest))), _args, _outcomes), buildAnyInputs);
        }
        else
        {
            var run = builder.LambdaBody(Expression.Block(typeof(bool), statements.Prepend(clearHighest).Append(Expression.Constant(true))));
            chunk = new PlanChunk(Expression.Lambda<Func<object?[], byte[], bool>>(
                Expression.Condition(tests.Aggregate(Expression.AndAlso), run, Expression.Constant(false)), _args, _outcomes), null, buildAnyInputs);
        }

        statements.Clear();
        return chunk;
    }

    /// <summary>outcomes[highest slot written since the last call] = NotEvaluated (see <see cref="Finish"/>).</summary>
    private BinaryExpression ClearHighestSlot()
    {
        var clear = Expression.Assign(Expression.ArrayAccess(_outcomes, Expression.Constant(_highestSlot)), Expression.Constant(EvaluationPlan.NotEvaluated));
        _highestSlot = -1;
        return clear;
    }

    /// <summary>Evaluates a slot, writes outcomes[slot] = truth + 1, and yields the truth.</summary>
    private Expression Slot(DelegateBuilder builder, int slot)
    {
        _highestSlot = Math.Max(_highestSlot, slot);
        var truth = builder.Variable(typeof(Truth));
        var condition = plan.Rules[slot].Condition;
        var value = condition is not null ? builder.Truth(condition) : Fold(builder, slot);
        return Expression.Block(
            Expression.Assign(truth, value),
            Expression.Assign(
                Expression.ArrayAccess(_outcomes, Expression.Constant(slot)),
                Expression.Convert(Expression.Add(Expression.Convert(truth, typeof(int)), Expression.Constant(1)), typeof(byte))),
            truth);
    }

    /// <summary>The Kleene fold of <see cref="EvaluationPlan"/>: And is False if any child is False, else Unknown if any is Unknown; Or is the dual; no children is False.</summary>
    private Expression Fold(DelegateBuilder builder, int slot)
    {
        var children = plan.Children[slot];
        if (children.Length == 0)
        {
            return False;
        }

        var isAnd = plan.Rules[slot].IsAnd;
        var decisive = isAnd ? False : True;
        var result = builder.Variable(typeof(Truth));
        var end = Expression.Label("end");
        var steps = new List<Expression> { Expression.Assign(result, isAnd ? True : False) };
        foreach (var child in children)
        {
            var truth = builder.Variable(typeof(Truth));
            steps.Add(Expression.Assign(truth, Slot(builder, child)));
            steps.Add(stopAtDecisiveChild
                ? Expression.IfThenElse(Expression.Equal(truth, decisive),
                    Expression.Block(Expression.Assign(result, decisive), Expression.Goto(end)),
                    Expression.IfThen(Expression.Equal(truth, Unknown), Expression.Assign(result, Unknown)))
                : Expression.IfThenElse(Expression.Equal(truth, decisive),
                    Expression.Assign(result, decisive),
                    Expression.IfThen(Expression.AndAlso(Expression.Equal(truth, Unknown), Expression.NotEqual(result, decisive)), Expression.Assign(result, Unknown))));
        }

        steps.Add(Expression.Label(end));
        steps.Add(result);
        return Expression.Block(steps);
    }

    /// <summary>Counts expression nodes, the measure of a chunk's size.</summary>
    private sealed class ExpressionSize : ExpressionVisitor
    {
        private int _count;

        public static int Of(Expression expression)
        {
            var counter = new ExpressionSize();
            counter.Visit(expression);
            return counter._count;
        }

        public override Expression? Visit(Expression? node)
        {
            _count++;
            return base.Visit(node);
        }
    }
}
