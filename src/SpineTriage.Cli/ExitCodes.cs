namespace SpineTriage.Cli;

/// <summary>The process exit codes, documented in the command help.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was evaluated or validated without error (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>Bad input: a case or rule file is missing, malformed or invalid, or an option value is refused.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong (unknown command or option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>An unexpected failure inside SpineTriage; the message names it, without a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Reading or writing failed outside SpineTriage (a full disk, a closed pipe): the message is the system's.</summary>
    public const int IoError = 4;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT) after writing everything evaluated so far.</summary>
    public const int Interrupted = 130;
}
