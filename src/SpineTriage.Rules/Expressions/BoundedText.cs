namespace SpineTriage.Rules.Expressions;

/// <summary>String concatenation at run time with a ceiling, so repeated params cannot build an unbounded text from input strings.</summary>
internal static class BoundedText
{
    public static readonly System.Reflection.MethodInfo ConcatMethod = typeof(BoundedText).GetMethod(nameof(Concat))!;

    /// <summary>The two texts joined; an <see cref="InvalidOperationException"/> (the rule becomes Unknown) when the result would exceed the limit.</summary>
    public static string Concat(string left, string right, int maxLength)
    {
        var length = (long)left.Length + right.Length;
        return length <= maxLength
            ? string.Concat(left, right)
            : throw new InvalidOperationException($"Joining texts would build {length:N0} characters; the limit is {maxLength:N0} (RuleLimits.MaxStringLength).");
    }
}
