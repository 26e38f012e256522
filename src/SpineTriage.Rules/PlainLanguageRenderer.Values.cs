using System.Globalization;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules;

public static partial class PlainLanguageRenderer
{
    private sealed partial class Renderer
    {
        /// <summary>A value (or a condition used inside a value) as a phrase.</summary>
        private string Value(SyntaxNode node)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            return node switch
            {
                LiteralSyntax literal => Literal(literal),
                IdentifierSyntax identifier when _variables.Contains(identifier.Name) => "it",
                IdentifierSyntax identifier => parameterValues.TryGetValue(identifier.Name, out var value) ? $"{Words(identifier.Name)} ({value})" : Words(identifier.Name),
                MemberAccessSyntax member when OwnMember(member) => Member(member.Member),
                MemberAccessSyntax member => $"{Value(member.Target)} {Member(member.Member)}",
                UnarySyntax { Operator: UnaryOperator.Negate, Operand: LiteralSyntax literal } => "-" + Literal(literal),
                UnarySyntax { Operator: UnaryOperator.Negate } negate => $"minus {Value(negate.Operand)}",
                BinarySyntax { Operator: >= BinaryOperator.Add and <= BinaryOperator.Modulo } arithmetic => $"{Value(arithmetic.Left)} {Arithmetic(arithmetic.Operator)} {Value(arithmetic.Right)}",
                BinarySyntax { Operator: BinaryOperator.Coalesce } coalesce => $"{Value(coalesce.Left)} (or, when not documented, {Value(coalesce.Right)})",
                ConditionalSyntax conditional => $"{Value(conditional.WhenTrue)} if {Condition(conditional.Condition)} else {Value(conditional.WhenFalse)}",
                InSyntax inList => $"{Value(inList.Value)} is one of {string.Join(", ", inList.Items.Select(Value))}",
                CallSyntax call => Call((CallSyntax)WithImplicitLambda(call)),
                IndexSyntax { Index: LiteralSyntax { Value: int i } } index => $"{Value(index.Target)} #{i + 1}",
                IndexSyntax index => $"{Value(index.Target)} entry {Value(index.Index)} (from 0)",
                _ => Condition(node).ToString(),
            };
        }

        private string Call(CallSyntax call)
        {
            var source = call.Receiver is null ? string.Empty : Value(call.Receiver);
            return (call.Name, call.Arguments) switch
            {
                ("np", [var path]) when call.Receiver is null => Value(path),
                ("np", [var path, var fallback]) when call.Receiver is null => $"{Value(path)} (or, when not documented, {Value(fallback)})",
                ("Any", []) => $"{source} has at least one entry",
                ("Count", []) => $"the number of {source}",
                ("Count", [LambdaSyntax lambda]) => $"the number of {source} that {That(lambda)}",
                ("Sum" or "Min" or "Max" or "Average", [LambdaSyntax lambda]) => $"the {Aggregate(call.Name)} {Within(lambda.Parameter, () => Value(lambda.Body))} of {source}",
                ("Sum" or "Min" or "Max" or "Average", []) => $"the {Aggregate(call.Name)} of {source}",
                ("Where", [LambdaSyntax lambda]) => $"{source} that {That(lambda)}",
                ("Select", [LambdaSyntax lambda]) => $"{Within(lambda.Parameter, () => Value(lambda.Body))} of each of {source}",
                ("OrderBy" or "OrderByDescending", [LambdaSyntax lambda]) =>
                    $"{source} ordered by {Within(lambda.Parameter, () => Value(lambda.Body))}, {(call.Name == "OrderBy" ? "smallest" : "largest")} first",
                ("Take", [var count]) => $"the first {Value(count)} of {source}",
                ("Skip", [var count]) => $"{source} after the first {Value(count)}",
                ("Parse", [var text]) when call.Receiver is IdentifierSyntax { Name: var number } =>
                    $"{Value(text)} read as {(number is "int" or "Int32" ? "a whole number" : "a number")}",
                ("FirstOrDefault" or "LastOrDefault" or "First" or "Last", []) => $"the {Pick(call.Name)} of {source}",
                ("FirstOrDefault" or "LastOrDefault" or "First" or "Last", [LambdaSyntax lambda]) => $"the {Pick(call.Name)} of {source} that {That(lambda)}",
                ("Equals", [var first, var second, ..]) when call.Receiver is IdentifierSyntax { Name: var type } && type.Equals("string", StringComparison.OrdinalIgnoreCase) =>
                    $"{Value(first)} is {Value(second)}{(call.Arguments.Count == 3 ? IgnoringCase(call.Arguments[2]) : string.Empty)}",
                ("Equals", [var item, ..]) => $"{source} is {Value(item)}{(call.Arguments.Count == 2 ? IgnoringCase(call.Arguments[1]) : string.Empty)}",
                ("Contains", [var item]) => $"{source} includes {Value(item)}",
                ("StartsWith" or "EndsWith", [var item]) => $"{source} {Words(call.Name)} {Value(item)}",
                ("ToLower" or "ToUpper" or "Trim" or "ToString", []) => source,
                ("ToDouble" or "ToDecimal" or "ToInt32" or "ToInt64" or "ToString", [var converted]) when call.Receiver is IdentifierSyntax { Name: "Convert" } => Value(converted),
                ("Substring", [var start]) => $"{source} from character {Value(start)} (from 0)",
                ("Substring", [var start, var length]) => $"{Value(length)} characters of {source} from character {Value(start)} (from 0)",
                ("IndexOf", [var part]) => $"the position of {Value(part)} in {source} (from 0; -1 if absent)",
                ("Replace", [var old, var replacement]) => $"{source} with {Value(old)} replaced by {Value(replacement)}",
                ("IsNullOrEmpty", [var text]) => $"{Value(text)} is empty or not documented",
                ("Abs", [var value]) => $"the absolute value of {Value(value)}",
                ("Round", [var value, ..]) => $"{Value(value)} rounded",
                ("Min" or "Max", [var first, var second]) => $"the {(call.Name == "Min" ? "smaller" : "larger")} of {Value(first)} and {Value(second)}",
                ("Any" or "All", [LambdaSyntax]) => Condition(call).ToString(),
                _ => $"{Words(call.Name)} of {string.Join(", ", call.Arguments.Select(Value).Prepend(source).Where(s => s.Length > 0))}",
            };
        }

        /// <summary>A member's words; an element of a residual (<c>Lines[0]</c>) by its number from 1 (<c>lines #1</c>).</summary>
        private static string Member(string name)
        {
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            return bracket > 0 && name.EndsWith(']') && int.TryParse(name.AsSpan(bracket + 1, name.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? $"{Words(name[..bracket])} #{index + 1}"
                : Words(name);
        }

        private static string Aggregate(string name) => name switch
        {
            "Sum" => "total",
            "Min" => "smallest",
            "Average" => "average",
            _ => "largest",
        };

        private static string IgnoringCase(SyntaxNode comparison) =>
            comparison is MemberAccessSyntax { Member: var member } && member.EndsWith("IgnoreCase", StringComparison.OrdinalIgnoreCase) ? " (ignoring case)" : string.Empty;

        private static string Pick(string name) => name.StartsWith("First", StringComparison.Ordinal) ? "first" : "last";

        /// <summary>A lambda's condition after "that": "have unit price greater than 3".</summary>
        private string That(LambdaSyntax lambda) =>
            Within(lambda.Parameter, () => Condition(lambda.Body)).ToString().Replace("has ", "have ", StringComparison.Ordinal);

        private static string Arithmetic(BinaryOperator op) => op switch
        {
            BinaryOperator.Add => "plus",
            BinaryOperator.Subtract => "minus",
            BinaryOperator.Multiply => "times",
            BinaryOperator.Divide => "divided by",
            _ => "modulo",
        };

        private static string Literal(LiteralSyntax literal) => literal.Value switch
        {
            null => "nothing",
            bool b => b ? "true" : "false",
            string text => $"\"{text}\"",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }
}
