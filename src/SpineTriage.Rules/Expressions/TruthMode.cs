namespace SpineTriage.Rules.Expressions;

/// <summary>How comparisons that read missing data evaluate.</summary>
internal enum TruthMode
{
    /// <summary>Kleene logic: a comparison that reads missing data is Unknown (the default).</summary>
    ThreeValued,

    /// <summary>RulesEngine's behaviour: a comparison that reads missing data is False, and and/or/not are classical.</summary>
    TwoValued,
}
