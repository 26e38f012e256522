namespace SpineTriage.Benchmarks.Oracle;

/// <summary>The pack's verdict resolution (rules/README.md), a DMN "priority" hit policy with Unknown.</summary>
internal static partial class DefaultPackOracle
{
    /// <summary>A verdict's level is the OR of its rules; the first Met level wins, an Unknown level before it (other than the default when none is Met) makes it Incomplete.</summary>
    private static string Resolve(K[] outcomes, sbyte[] ruleVerdicts, string[] verdicts, int defaultIndex)
    {
        Span<K> levels = stackalloc K[verdicts.Length];
        for (var r = 0; r < ruleVerdicts.Length; r++)
        {
            if (ruleVerdicts[r] >= 0)
            {
                levels[ruleVerdicts[r]] = Kleene.Or(levels[ruleVerdicts[r]], outcomes[r]);
            }
        }

        var unknown = false;
        for (var v = 0; v < levels.Length; v++)
        {
            if (levels[v] == K.T)
            {
                return unknown ? Reports.AssessmentResult.IncompleteVerdict : verdicts[v];
            }

            unknown |= levels[v] == K.U;
        }

        for (var v = 0; v < levels.Length; v++)
        {
            if (levels[v] == K.U && v != defaultIndex)
            {
                return Reports.AssessmentResult.IncompleteVerdict;
            }
        }

        return verdicts[defaultIndex];
    }
}
