using System.Diagnostics;
using System.Globalization;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Shows how far the audit is on standard error: on a terminal, one line redrawn four times a second with count,
/// percentage of the file, rate and ETA; otherwise (a log, CI) a plain line every <c>interval</c>. Reads counters the
/// writer updates; never blocks the pipeline.
/// </summary>
internal sealed class AuditProgress : IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Func<(long Lines, double Fraction)> _position;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _drawing = new();
    private bool _stopped;

    public AuditProgress(TextWriter error, bool terminal, TimeSpan interval, Func<(long Lines, double Fraction)> position)
    {
        _error = error;
        _terminal = terminal;
        _position = position;
        var period = terminal ? RedrawInterval : interval;
        if (period > TimeSpan.Zero)
        {
            _timer = new Timer(_ => Draw(), null, period, period);
        }
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Stops drawing and, on a terminal, clears the progress line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_drawing)
        {
            _stopped = true;
            if (_terminal)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }
        }
    }

    /// <summary>Writes a message line without tearing the progress line (which the next redraw restores).</summary>
    public void WriteLine(string line)
    {
        lock (_drawing)
        {
            _error.Write(_terminal && !_stopped ? "\r\u001b[2K" + line + "\n" : line + Environment.NewLine);
        }
    }

    public static string Describe(long lines, double fraction, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? lines / elapsed.TotalSeconds : 0;
        var eta = fraction > 0 && fraction < 1 ? Clock(elapsed * ((1 - fraction) / fraction)) : "-";
        var bar = Bar(fraction);
        return string.Create(CultureInfo.InvariantCulture, $"{bar} {100 * fraction,5:0.0} %  {lines,12:N0} lines  {rate,9:N0} lines/s  elapsed {Clock(elapsed)}  ETA {eta}");
    }

    private void Draw()
    {
        var (lines, fraction) = _position();
        var text = Describe(lines, fraction, _clock.Elapsed);
        lock (_drawing)
        {
            if (_stopped)
            {
                return;
            }

            _error.Write(_terminal ? "\r" + text : "audit: " + text + Environment.NewLine);
            _error.Flush();
        }
    }

    private static string Bar(double fraction)
    {
        const int width = 20;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    private static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
