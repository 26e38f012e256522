using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules;

public static partial class PlainLanguageRenderer
{
    /// <summary>Walks one syntax tree; knows which identifiers are lambda variables (whose members read "has …").</summary>
    private sealed partial class Renderer(IReadOnlyDictionary<string, string> parameterValues)
    {
        private readonly HashSet<string> _variables = new(StringComparer.Ordinal);

        public PlainLanguageCondition Condition(SyntaxNode node)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (WithImplicitLambda(node))
            {
                case BinarySyntax { Operator: BinaryOperator.And or BinaryOperator.Or } logic:
                    var heading = logic.Operator == BinaryOperator.And ? "all of the following" : "any of the following";
                    return new PlainLanguageCondition(heading, Chain(logic, logic.Operator).Select(Condition).ToList());
                case UnarySyntax { Operator: UnaryOperator.Not, Operand: BinarySyntax { Operator: BinaryOperator.And or BinaryOperator.Or } inner }:
                    var negated = inner.Operator == BinaryOperator.Or ? "none of the following" : "not all of the following";
                    return new PlainLanguageCondition(negated, Chain(inner, inner.Operator).Select(Condition).ToList());
                case UnarySyntax { Operator: UnaryOperator.Not, Operand: CallSyntax { Receiver: { } source, Name: "Any", Arguments: [LambdaSyntax lambda] } }:
                    return Quantified("none of", source, lambda);
                case UnarySyntax { Operator: UnaryOperator.Not } not:
                    var operand = Condition(not.Operand);
                    return operand.Parts.Count == 0 ? Leaf($"not: {operand.Text}") : new PlainLanguageCondition($"not ({operand.Text})", operand.Parts);
                case CallSyntax { Receiver: { } source, Name: "Any" or "All", Arguments: [LambdaSyntax lambda] } call:
                    return Quantified(call.Name == "Any" ? "any of" : "every one of", source, lambda);
                case BinarySyntax { Operator: >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual } comparison:
                    return Leaf(Comparison(comparison));
                default:
                    return Leaf(Value(node));
            }
        }

        /// <summary>A collection method's argument written without a lambda (the implicit 'it') read as the lambda <c>it => …</c>; also within a negation.</summary>
        private static SyntaxNode WithImplicitLambda(SyntaxNode node) => node switch
        {
            CallSyntax { Receiver: not null, Arguments: [var argument and not LambdaSyntax] } call when ImplicitLambdaMethods.Contains(call.Name) =>
                call with { Arguments = [new LambdaSyntax("it", argument, argument.Span)] },
            UnarySyntax { Operator: UnaryOperator.Not } not => not with { Operand = WithImplicitLambda(not.Operand) },
            _ => node,
        };

        private static readonly HashSet<string> ImplicitLambdaMethods = new(StringComparer.Ordinal)
        {
            "Any", "All", "Count", "Sum", "Min", "Max", "Average", "FirstOrDefault", "LastOrDefault", "First", "Last", "Where", "OrderBy", "OrderByDescending",
        };

        private PlainLanguageCondition Quantified(string quantifier, SyntaxNode source, LambdaSyntax lambda)
        {
            var subject = $"{quantifier} {Value(source)}";
            var body = Within(lambda.Parameter, () => Condition(lambda.Body));
            return body.Parts.Count == 0
                ? Leaf($"{subject} {Has(body.Text)}")
                : new PlainLanguageCondition($"{subject} meets {body.Text}", body.Parts);
        }

        /// <summary>"has unit price greater than 3" reads better than "unit price is greater than 3" after "any of order lines".</summary>
        private static string Has(string text) => text.StartsWith("has ", StringComparison.Ordinal) || text.StartsWith("not:", StringComparison.Ordinal) ? text : $"has {text}";

        private string Comparison(BinarySyntax comparison)
        {
            var left = comparison.Left;
            var right = comparison.Right;
            if (right is LiteralSyntax { Kind: LiteralKind.Null } || left is LiteralSyntax { Kind: LiteralKind.Null })
            {
                var tested = right is LiteralSyntax { Kind: LiteralKind.Null } ? left : right;
                var documented = comparison.Operator == BinaryOperator.Equal ? "not documented" : "documented";
                return OwnMember(tested) ? $"has {Value(tested)} {documented}" : $"{Value(tested)} is {documented}";
            }

            var phrase = comparison.Operator switch
            {
                BinaryOperator.Equal => "is",
                BinaryOperator.NotEqual => "is not",
                BinaryOperator.Less => "is less than",
                BinaryOperator.LessOrEqual => "is at most",
                BinaryOperator.Greater => "is greater than",
                _ => "is at least",
            };
            if (OwnMember(left))
            {
                var relation = phrase switch
                {
                    "is" => string.Empty,
                    "is not" => "other than ",
                    _ => phrase[3..] + " ",
                };
                return $"has {Value(left)} {relation}{Value(right)}".Replace("  ", " ", StringComparison.Ordinal);
            }

            return $"{Value(left)} {phrase} {Value(right)}";
        }

        private static IEnumerable<SyntaxNode> Chain(SyntaxNode node, BinaryOperator op) =>
            node is BinarySyntax binary && binary.Operator == op ? Chain(binary.Left, op).Concat(Chain(binary.Right, op)) : [node];

        private T Within<T>(string variable, Func<T> render)
        {
            var added = _variables.Add(variable);
            try
            {
                return render();
            }
            finally
            {
                if (added)
                {
                    _variables.Remove(variable);
                }
            }
        }

        /// <summary>A member of a lambda's element: <c>l.Height</c>, or within an argument read with the implicit 'it', a bare name that is no known threshold (<c>Height</c>).</summary>
        private bool OwnMember(SyntaxNode node) => node switch
        {
            MemberAccessSyntax { Target: IdentifierSyntax identifier } => _variables.Contains(identifier.Name),
            IdentifierSyntax { Name: var name } => name != "it" && _variables.Contains("it") && !_variables.Contains(name) && !parameterValues.ContainsKey(name),
            _ => false,
        };

        private static PlainLanguageCondition Leaf(string text) => new(text, []);
    }
}
