namespace SpineTriage.Rules;

/// <summary>Why <see cref="TextFileReader"/> returned no text.</summary>
public enum TextFileProblem
{
    /// <summary>The file was read.</summary>
    None,

    /// <summary>Nothing exists at the path, or a symbolic link points at nothing.</summary>
    NotFound,

    /// <summary>The path is a directory, a device, a FIFO, a socket or a symbolic link to one; only regular files are read.</summary>
    NotRegularFile,

    /// <summary>The file holds more bytes than the limit it was read with; only the limit plus one byte was read.</summary>
    TooLarge,

    /// <summary>The file cannot be opened or read: permissions, a symbolic link loop, an I/O error.</summary>
    Unreadable,

    /// <summary>The file has no byte order mark of another encoding and is not valid UTF-8: <see cref="TextFileReadResult.Line"/> and <see cref="TextFileReadResult.Column"/> locate the first bad byte.</summary>
    NotUtf8,
}
