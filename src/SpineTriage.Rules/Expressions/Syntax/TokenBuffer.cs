namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>
/// A growable list of tokens, reused per thread by the parser. Not <c>List&lt;Token&gt;</c>: a framework generic over
/// our own struct is not precompiled by ReadyToRun, so it would be compiled at run time on the first load.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _items = new Token[64];

    public int Count { get; private set; }

    public Token this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            var larger = new Token[_items.Length * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }

        _items[Count++] = token;
    }

    public void Clear() => Count = 0;
}
