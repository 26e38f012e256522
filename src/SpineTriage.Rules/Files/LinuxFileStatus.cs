using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SpineTriage.Rules.Files;

/// <summary>
/// Opens a file on Linux without blocking and tells what kind of file it is, which .NET does not expose: opening a FIFO
/// for reading blocks until a writer comes, and a device reports a length of 0 however much it yields. The file is opened
/// with O_NONBLOCK (so a FIFO opens at once) and its type read from the open descriptor (so it cannot change in between).
/// </summary>
internal static class LinuxFileStatus
{
    private const int ReadOnlyNonBlocking = 0x800 | 0x100 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const uint InodeOnly = 0x100; // STATX_INO
    private const int FileTypeMask = 0xF000;

    /// <summary>Opens <paramref name="path"/> for reading; on failure returns null and the errno.</summary>
    public static SafeFileHandle? Open(string path, out int errno)
    {
        var fd = NativeOpen(NulTerminated(path), ReadOnlyNonBlocking);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>The S_IFMT bits of an open file, or null when they cannot be read (statx missing from an old C library).</summary>
    public static int? FileType(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        try
        {
            var added = false;
            handle.DangerousAddRef(ref added);
            try
            {
                return NativeStatx((int)handle.DangerousGetHandle(), [0], EmptyPath, TypeAndSize, buffer) == 0
                    ? BitConverter.ToUInt16(buffer, ModeOffset) & FileTypeMask
                    : null;
            }
            finally
            {
                if (added)
                {
                    handle.DangerousRelease();
                }
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The device and inode of the file at <paramref name="path"/> (links followed); null when it cannot be read.</summary>
    public static (uint Major, uint Minor, ulong Inode)? Identity(string path)
    {
        var buffer = new byte[256];
        try
        {
            return NativeStatx(AtCurrentDirectory, NulTerminated(path), 0, InodeOnly, buffer) == 0
                ? (BitConverter.ToUInt32(buffer, DeviceMajorOffset), BitConverter.ToUInt32(buffer, DeviceMinorOffset), BitConverter.ToUInt64(buffer, InodeOffset))
                : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A name for an S_IFMT value.</summary>
    public static string Describe(int fileType) => fileType switch
    {
        0x1000 => "a FIFO (named pipe)",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xA000 => "a symbolic link",
        0xC000 => "a socket",
        _ => "not a regular file",
    };

    public static bool IsRegular(int fileType) => fileType == 0x8000;

    private static byte[] NulTerminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    // DllImport rather than LibraryImport: byte arrays are pinned as they are, and no unsafe code is needed.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeOpen(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeStatx(int directoryFd, byte[] path, int flags, uint mask, byte[] buffer);
}
