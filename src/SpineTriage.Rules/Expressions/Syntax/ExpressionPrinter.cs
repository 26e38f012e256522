using System.Globalization;
using System.Text;

namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>Prints a syntax tree as canonical text, with parentheses only where precedence needs them, so that parsing the text gives the same tree.</summary>
internal static class ExpressionPrinter
{
    private const int LambdaLevel = 0;
    private const int ConditionalLevel = 1;
    private const int CoalesceLevel = 2;
    private const int UnaryLevel = 9;
    private const int PrimaryLevel = 10;

    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, LambdaLevel);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxNode node, int minimumLevel)
    {
        var level = LevelOf(node);
        var parenthesize = level < minimumLevel;
        if (parenthesize)
        {
            builder.Append('(');
        }

        switch (node)
        {
            case LiteralSyntax literal:
                builder.Append(FormatLiteral(literal));
                break;
            case IdentifierSyntax identifier:
                builder.Append(identifier.Name);
                break;
            case MemberAccessSyntax member:
                Write(builder, member.Target, PrimaryLevel);
                builder.Append('.').Append(member.Member);
                break;
            case IndexSyntax index:
                Write(builder, index.Target, PrimaryLevel);
                builder.Append('[');
                Write(builder, index.Index, LambdaLevel);
                builder.Append(']');
                break;
            case CallSyntax call:
                if (call.Receiver is not null)
                {
                    Write(builder, call.Receiver, PrimaryLevel);
                    builder.Append('.');
                }

                builder.Append(call.Name).Append('(');
                WriteList(builder, call.Arguments);
                builder.Append(')');
                break;
            case UnarySyntax unary:
                builder.Append(unary.Operator == UnaryOperator.Not ? "!" : "-");
                Write(builder, unary.Operand, UnaryLevel);
                break;
            case BinarySyntax { Operator: BinaryOperator.Coalesce } coalesce:
                Write(builder, coalesce.Left, CoalesceLevel + 1);
                builder.Append(" ?? ");
                Write(builder, coalesce.Right, CoalesceLevel);
                break;
            case BinarySyntax binary:
                Write(builder, binary.Left, level);
                builder.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
                Write(builder, binary.Right, level + 1);
                break;
            case ConditionalSyntax conditional:
                Write(builder, conditional.Condition, CoalesceLevel);
                builder.Append(" ? ");
                Write(builder, conditional.WhenTrue, ConditionalLevel);
                builder.Append(" : ");
                Write(builder, conditional.WhenFalse, ConditionalLevel);
                break;
            case InSyntax { WrittenAsArray: true } array:
                builder.Append("new [] { ");
                WriteList(builder, array.Items);
                builder.Append(" }.Contains(");
                Write(builder, array.Value, LambdaLevel);
                builder.Append(')');
                break;
            case InSyntax inList:
                Write(builder, inList.Value, level);
                builder.Append(" in (");
                WriteList(builder, inList.Items);
                builder.Append(')');
                break;
            case LambdaSyntax lambda:
                builder.Append(lambda.Parameter).Append(" => ");
                Write(builder, lambda.Body, LambdaLevel);
                break;
        }

        if (parenthesize)
        {
            builder.Append(')');
        }
    }

    private static void WriteList(StringBuilder builder, IReadOnlyList<SyntaxNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, nodes[i], LambdaLevel);
        }
    }

    private static int LevelOf(SyntaxNode node) => node switch
    {
        LambdaSyntax => LambdaLevel,
        ConditionalSyntax => ConditionalLevel,
        BinarySyntax binary => binary.Operator switch
        {
            BinaryOperator.Coalesce => CoalesceLevel,
            BinaryOperator.Or => 3,
            BinaryOperator.And => 4,
            BinaryOperator.Equal or BinaryOperator.NotEqual => 5,
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => 6,
            BinaryOperator.Add or BinaryOperator.Subtract => 7,
            _ => 8,
        },
        InSyntax => 6,
        UnarySyntax => UnaryLevel,
        _ => PrimaryLevel,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        _ => "??",
    };

    private static string FormatLiteral(LiteralSyntax literal) => literal.Value switch
    {
        null => "null",
        bool value => value ? "true" : "false",
        string text => Quote(text),
        double value => FormatDouble(value),
        decimal value => value.ToString(CultureInfo.InvariantCulture) + "m",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => literal.Value.ToString() ?? "",
    };

    private static string FormatDouble(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
