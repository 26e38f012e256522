namespace SpineTriage;

/// <summary>Where the rules come from and which thresholds the host overrides.</summary>
public sealed class TriageOptions
{
    /// <summary>Gets or sets a directory of rule files (<c>*.json</c> directly in it) to use instead of the embedded default pack.</summary>
    /// <value><see langword="null"/>: the default pack embedded in the assembly.</value>
    public string? RulesDirectory { get; set; }

    /// <summary>
    /// Gets threshold overrides: a <c>GlobalParams</c> name of the pack (such as <c>nicotineFreeWeeksMin</c>, matched
    /// case-insensitively) to the value to use in every workflow that declares it, without editing the JSON.
    /// </summary>
    /// <value>Empty: the pack's own values.</value>
    public IDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a value indicating whether the rules directory is watched and reloaded when a file changes (dependency injection only).
    /// A valid edit replaces the rule set atomically; an invalid edit keeps the last good rule set in force and is reported through
    /// <see cref="ITriageRuleSetMonitor"/> and the log. Needs <see cref="RulesDirectory"/>.
    /// </summary>
    /// <value><see langword="false"/>: the rules are read once.</value>
    public bool WatchForChanges { get; set; }

    /// <summary>
    /// Gets the assessments the host needs (matched case-insensitively): rules that define none of one of them are refused,
    /// at start-up and on a reload, so deleting or breaking a rule file never silently drops an assessment.
    /// </summary>
    /// <value><c>fusion</c>, <c>biologic</c> and <c>revision</c>: the assessments of the default pack. Clear it to accept any.</value>
    public ISet<string> RequiredAssessments { get; } = new HashSet<string>(["fusion", "biologic", "revision"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets how long a reload (<see cref="WatchForChanges"/>) may take to read and compile the rules; one that takes
    /// longer is reported as failed, and the rules in force stay.
    /// </summary>
    /// <value>30 seconds.</value>
    public TimeSpan ReloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets a value indicating whether the rules are compiled to their fast tier as they are loaded (at start-up
    /// and on every reload, within <see cref="ReloadTimeout"/>), instead of in the background after their first
    /// evaluations: the first cases then run at full speed and no code is generated while the host serves, at the cost
    /// of a longer start-up (the default pack's load and compile, measured by DefaultPackLoadBenchmarks.LoadAndJitCompile).
    /// Results are the same either way.
    /// </summary>
    /// <value><see langword="false"/>: interpreted at first, compiled in the background (a one-shot evaluation never pays for compiling).</value>
    public bool CompileRulesOnLoad { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether exact reasoning searches a list that is missing as a whole (a case with no
    /// <c>imaging.levels</c> at all) through its yes/no conditions, each "some level shows instability" a variable of its
    /// own, instead of answering that assessment with per-rule logic. On, an input that cannot change the verdict is not
    /// named as deciding (with a BMI of 42 and the levels missing, the smoking status, bone density and albumin are not),
    /// and the report notes that the possible verdicts may include one that no actual list gives (the conditions are
    /// searched as independent); a single possible verdict is certain either way.
    /// </summary>
    /// <value>
    /// <see langword="false"/>: per-rule logic, conservative (it may name inputs and verdicts that cannot occur) and cheap.
    /// On, such an assessment costs several times more: over DefaultPackMissingDataBenchmarks' cases, a fifth of which
    /// lack the levels, verdicts-only evaluation took 1.4-1.6 times as long and the full report 1.5-2 times. Suited to a
    /// clinician's report on one case more than to a cohort audit.
    /// </value>
    public bool SearchWholeMissingLists { get; set; }
}
