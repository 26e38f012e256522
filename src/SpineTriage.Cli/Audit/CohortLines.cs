namespace SpineTriage.Cli.Audit;

/// <summary>
/// The lines of a cohort file, read by <see cref="CohortBlockReader"/> (UTF-8 bytes, the usual case) or, for a file that starts
/// with a UTF-16 or UTF-32 byte order mark, by <see cref="JsonLinesReader"/> (text), as one sequence that ends at the end of
/// the file or when the audit is stopped.
/// </summary>
internal sealed class CohortLines : IDisposable
{
    private readonly CohortBlockReader? _bytes;
    private readonly JsonLinesReader? _text;
    private double _fraction;
    private volatile bool _reachedEnd;

    private CohortLines(CohortBlockReader? bytes, JsonLinesReader? text)
    {
        _bytes = bytes;
        _text = text;
    }

    /// <summary>Gets how far into the file the reading is, from 0 to 1, as of the last position update.</summary>
    public double Fraction => Volatile.Read(ref _fraction);

    /// <summary>Gets a value indicating whether the whole file was read.</summary>
    public bool ReachedEnd => _reachedEnd;

    public static CohortLines Open(string path, int maxLineChars)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        try
        {
            Span<byte> head = stackalloc byte[4];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            return CohortBlockReader.IsUtf8(head[..length])
                ? new CohortLines(new CohortBlockReader(stream, maxLineChars), null)
                : new CohortLines(null, new JsonLinesReader(stream, maxLineChars));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The lines, until the end of the file or until <paramref name="stop"/> is requested (the line being read is the last).</summary>
    /// <param name="stop">Ends the sequence early; what was read is still evaluated and written.</param>
    /// <param name="linesPerPositionUpdate">How often, in lines, <see cref="Fraction"/> is updated.</param>
    public IEnumerable<CohortLine> ReadUntil(CancellationToken stop, int linesPerPositionUpdate)
    {
        while (!stop.IsCancellationRequested)
        {
            var line = _bytes is not null ? _bytes.Next() : _text!.Next();
            if (line is null || line.Number % linesPerPositionUpdate == 0)
            {
                Volatile.Write(ref _fraction, _bytes?.Fraction ?? _text!.Fraction);
            }

            if (line is null)
            {
                _reachedEnd = true;
                yield break;
            }

            yield return line;
        }
    }

    public void Dispose()
    {
        _bytes?.Dispose();
        _text?.Dispose();
    }
}
