namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>A range of characters in the expression text.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan Between(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);
}

/// <summary>A node of the immutable syntax tree; <see cref="Height"/> counts the levels below it, for the depth limit.</summary>
internal abstract record SyntaxNode(TextSpan Span)
{
    public abstract int Height { get; }

    /// <summary>One more than the highest of the first node (when not null) and the others.</summary>
    /// <remarks>A loop, not LINQ: Select/Max over int is not precompiled by ReadyToRun and would be compiled on the first load.</remarks>
    protected static int HeightOf(SyntaxNode? first, IReadOnlyList<SyntaxNode> others)
    {
        var highest = first?.Height ?? 0;
        for (var i = 0; i < others.Count; i++)
        {
            highest = Math.Max(highest, others[i].Height);
        }

        return 1 + highest;
    }
}

internal enum LiteralKind
{
    Integer,
    Real,
    Decimal,
    String,
    Boolean,
    Null,
}

/// <summary>A literal; Value is int or long (Integer), double (Real), decimal, string, bool or null. Never negative: unary minus is a node.</summary>
internal sealed record LiteralSyntax(LiteralKind Kind, object? Value, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height => 1;
}

internal sealed record IdentifierSyntax(string Name, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height => 1;
}

internal sealed record MemberAccessSyntax(SyntaxNode Target, string Member, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = Target.Height + 1;
}

/// <summary>An element by its index, <c>Target[Index]</c>.</summary>
internal sealed record IndexSyntax(SyntaxNode Target, SyntaxNode Index, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = 1 + Math.Max(Target.Height, Index.Height);
}

/// <summary>A call <c>Receiver.Name(args)</c>, or <c>Name(args)</c> when Receiver is null (such as <c>iif</c>).</summary>
internal sealed record CallSyntax(SyntaxNode? Receiver, string Name, IReadOnlyList<SyntaxNode> Arguments, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = HeightOf(Receiver, Arguments);
}

internal enum UnaryOperator
{
    Not,
    Negate,
}

internal sealed record UnarySyntax(UnaryOperator Operator, SyntaxNode Operand, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = Operand.Height + 1;
}

internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Coalesce,
}

internal sealed record BinarySyntax(BinaryOperator Operator, SyntaxNode Left, SyntaxNode Right, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = Math.Max(Left.Height, Right.Height) + 1;
}

internal sealed record ConditionalSyntax(SyntaxNode Condition, SyntaxNode WhenTrue, SyntaxNode WhenFalse, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = 1 + Math.Max(Condition.Height, Math.Max(WhenTrue.Height, WhenFalse.Height));
}

/// <summary><c>Value in (Items)</c>, or <c>new [] { Items }.Contains(Value)</c> when <paramref name="WrittenAsArray"/>.</summary>
internal sealed record InSyntax(SyntaxNode Value, IReadOnlyList<SyntaxNode> Items, TextSpan Span, bool WrittenAsArray = false) : SyntaxNode(Span)
{
    public override int Height { get; } = HeightOf(Value, Items);
}

/// <summary><c>Parameter => Body</c>, allowed as the argument of a collection method.</summary>
internal sealed record LambdaSyntax(string Parameter, SyntaxNode Body, TextSpan Span) : SyntaxNode(Span)
{
    public override int Height { get; } = Body.Height + 1;
}
