using SpineTriage.Rules;

namespace SpineTriage;

/// <summary>
/// The state of the rule set in force, for hosts that reload rules (<see cref="TriageOptions.WatchForChanges"/>): which
/// version answers, and whether the last edit was refused. Registered by <c>AddSpineTriage</c>; without watching it never changes.
/// </summary>
public interface ITriageRuleSetMonitor
{
    /// <summary>Gets the hash of the rule set in force; every <see cref="Reports.TriageReport"/> carries the hash it was computed with.</summary>
    string CurrentHash { get; }

    /// <summary>Gets the errors of the last refused reload; empty after a successful one.</summary>
    IReadOnlyList<Diagnostic> LastErrors { get; }

    /// <summary>Gets when the last refused reload happened; <see langword="null"/> after a successful one or before any failure.</summary>
    DateTimeOffset? LastReloadFailedAt { get; }

    /// <summary>Gets when a new rule set was last put in force; <see langword="null"/> before the first reload.</summary>
    DateTimeOffset? LastReloadedAt { get; }

    /// <summary>Occurs after a valid edit replaced the rule set.</summary>
    event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Occurs after an invalid edit was refused; the previous rule set stays in force.</summary>
    event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed;
}
