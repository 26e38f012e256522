using SpineTriage.Rules;

namespace SpineTriage.Reloading;

/// <summary>The monitor of an engine that never reloads: its hash, no errors, no events.</summary>
internal sealed class FixedRuleSetMonitor(string hash) : ITriageRuleSetMonitor
{
    public string CurrentHash { get; } = hash;

    public IReadOnlyList<Diagnostic> LastErrors => [];

    public DateTimeOffset? LastReloadFailedAt => null;

    public DateTimeOffset? LastReloadedAt => null;

    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded
    {
        add { }
        remove { }
    }

    public event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed
    {
        add { }
        remove { }
    }
}
