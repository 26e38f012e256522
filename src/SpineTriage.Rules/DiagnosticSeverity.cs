namespace SpineTriage.Rules;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule set cannot be used.</summary>
    Error,

    /// <summary>The rule set loads, but something in it is probably a mistake.</summary>
    Warning,

    /// <summary>A note for whoever reviews the rule set, such as a host function its rules may call; nothing to fix.</summary>
    Info,
}
