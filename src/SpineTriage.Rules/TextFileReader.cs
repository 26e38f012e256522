using System.Runtime.InteropServices;
using SpineTriage.Rules.Files;

namespace SpineTriage.Rules;

/// <summary>
/// Reads a text file the one way SpineTriage reads every file it opens (rule files, case files, rule-test files): regular
/// files only, at most the limit plus one byte, and every failure a <see cref="TextFileReadResult"/> with a sentence to show,
/// never an exception. A symbolic link to <c>/dev/zero</c>, a FIFO, a device, a link loop or a broken link is reported,
/// not followed into a hang or an out-of-memory. Text is UTF-8 unless a byte order mark says otherwise, and a file that is
/// not valid UTF-8 is refused with its first bad byte located (<see cref="TextFileProblem.NotUtf8"/>), never read with
/// replacement characters.
/// </summary>
public static class TextFileReader
{
    private const int ChunkBytes = 81_920;

    /// <summary>Reads a file's text unless it is not a regular file or holds more than <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxBytes">The most bytes accepted; one more is read to tell that a file is larger.</param>
    /// <returns>The text, or the problem and a message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative or at least <see cref="Array.MaxLength"/>.</exception>
    public static TextFileReadResult Read(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxBytes, Array.MaxLength);
        try
        {
            if (LinkProblem(path) is { } linkProblem)
            {
                return linkProblem;
            }

            if (Directory.Exists(path))
            {
                return TextFileReadResult.Failed(path, TextFileProblem.NotRegularFile, "This is a directory, not a file; give the path of a file in it.");
            }

            return OperatingSystem.IsLinux() ? ReadOnLinux(path, maxBytes) : ReadElsewhere(path, maxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return TextFileReadResult.Failed(path, TextFileProblem.Unreadable, $"The file cannot be read: {exception.Message}");
        }
    }

    /// <summary>
    /// Tells whether two paths name the same file: the same device and inode on Linux (so a symbolic or hard link to a file
    /// is that file), the same full path once links are resolved elsewhere. False when either does not exist.
    /// </summary>
    /// <param name="first">A path.</param>
    /// <param name="second">Another path.</param>
    /// <returns><see langword="true"/> when writing to one would overwrite the other.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    public static bool IsSameFile(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        try
        {
            if (OperatingSystem.IsLinux() && LinuxFileStatus.Identity(first) is { } one)
            {
                return LinuxFileStatus.Identity(second) is { } other && one == other;
            }

            return File.Exists(first) && File.Exists(second) && string.Equals(Resolved(first), Resolved(second),
                OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Resolved(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes of a stream; more than <paramref name="maxBytes"/> means it is too large.</summary>
    internal static (byte[] Bytes, int Length) ReadBounded(Stream stream, long maxBytes)
    {
        var buffer = new byte[(int)Math.Min(maxBytes + 1, ChunkBytes)];
        var length = 0;
        while (length <= maxBytes)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read <= 0)
            {
                break;
            }

            length += read;
        }

        return (buffer, length);
    }

    /// <summary>Decodes UTF-8, or the encoding a byte order mark names.</summary>
    internal static string Decode(byte[] bytes, int length)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, 0, length), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static TextFileReadResult? LinkProblem(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not { } target)
        {
            return null;
        }

        FileSystemInfo? final;
        try
        {
            final = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return TextFileReadResult.Failed(path, TextFileProblem.Unreadable, $"This is a symbolic link ('{target}') that leads back to itself (a link loop); point it at a regular file.");
        }

        return final is null || (!File.Exists(final.FullName) && !Directory.Exists(final.FullName))
            ? TextFileReadResult.Failed(path, TextFileProblem.NotFound, $"This is a broken symbolic link: its target '{target}' does not exist; fix or remove the link.")
            : null;
    }

    private static TextFileReadResult ReadOnLinux(string path, long maxBytes)
    {
        using var handle = LinuxFileStatus.Open(path, out var errno);
        if (handle is null)
        {
            return errno switch
            {
                2 or 20 => TextFileReadResult.Failed(path, TextFileProblem.NotFound, "The file does not exist; check the path."),
                40 => TextFileReadResult.Failed(path, TextFileProblem.Unreadable, "The path goes through a symbolic link loop; point the link at a regular file."),
                _ => TextFileReadResult.Failed(path, TextFileProblem.Unreadable, $"The file cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}."),
            };
        }

        if (LinuxFileStatus.FileType(handle) is { } type && !LinuxFileStatus.IsRegular(type))
        {
            return NotRegular(path, LinuxFileStatus.Describe(type));
        }

        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return Finish(path, stream, maxBytes);
    }

    private static TextFileReadResult ReadElsewhere(string path, long maxBytes)
    {
        if (!File.Exists(path))
        {
            return TextFileReadResult.Failed(path, TextFileProblem.NotFound, "The file does not exist; check the path.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return Finish(path, stream, maxBytes);
    }

    private static TextFileReadResult NotRegular(string path, string kind)
    {
        var what = new FileInfo(path).LinkTarget is { } target ? $"This is a symbolic link to '{target}', which is" : "This is";
        return TextFileReadResult.Failed(path, TextFileProblem.NotRegularFile, $"{what} {kind}, not a regular file; only regular files are read.");
    }

    private static TextFileReadResult Finish(string path, Stream stream, long maxBytes)
    {
        var (bytes, length) = ReadBounded(stream, maxBytes);
        if (length > maxBytes)
        {
            return TextFileReadResult.Failed(path, TextFileProblem.TooLarge, $"The file holds more than {maxBytes:N0} bytes, the limit; only the first {maxBytes + 1:N0} bytes were read.", length);
        }

        return Utf8Check.FirstInvalid(bytes.AsSpan(0, length)) is { } invalid
            ? TextFileReadResult.NotUtf8(path, invalid, length)
            : TextFileReadResult.Read(path, Decode(bytes, length), length);
    }
}
