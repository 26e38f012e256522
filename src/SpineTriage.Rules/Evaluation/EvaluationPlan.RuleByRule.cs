using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Evaluation;

/// <summary>Rule-by-rule evaluation: each leaf alone in a try/catch (interpreted or compiled alone), each Operator rule a Kleene fold of its children.</summary>
internal sealed partial class EvaluationPlan
{
    /// <summary>Evaluates a slot: a leaf with the walker when given, else with its compiled predicate.</summary>
    private Truth Evaluate(int slot, object?[] args, ExpressionWalker<EvaluateMode, object?>? walker, byte[] outcomes, ref string?[]? exceptions)
    {
        Truth truth;
        var rule = Rules[slot];
        if (rule.Condition is not { } condition)
        {
            truth = Combine(slot, args, walker, outcomes, ref exceptions);
        }
        else
        {
            try
            {
                truth = walker is not null ? EvaluateMode.TruthOf(walker.Truth(condition)) : rule.Predicate!(args);
            }
            catch (Exception exception)
            {
                // A host getter or arithmetic overflow must never escape an evaluation.
                truth = _truthOnException;
                exceptions ??= new string?[Rules.Length];
                exceptions[slot] = $"Error while evaluating rule '{Rules[slot].Name}': {exception.GetType().Name}: {exception.Message}";
            }
        }

        outcomes[slot] = (byte)(truth + 1);
        return truth;
    }

    // The Kleene fold of the children (see Kleene): And ≡ AndAlso and Or ≡ OrElse, as in RulesEngine; an empty child
    // list is False, as in RulesEngine. In Performance mode the fold stops at the first decisive child.
    private Truth Combine(int slot, object?[] args, ExpressionWalker<EvaluateMode, object?>? walker, byte[] outcomes, ref string?[]? exceptions)
    {
        var children = Children[slot];
        if (children.Length == 0)
        {
            return Truth.False;
        }

        var isAnd = _isAnd[slot];
        var dominant = Kleene.Dominant(isAnd);
        var neutral = Kleene.Neutral(isAnd);
        var result = neutral;
        for (var i = 0; i < children.Length; i++)
        {
            result = Kleene.Combine(result, Evaluate(children[i], args, walker, outcomes, ref exceptions), dominant, neutral);
            if (result == dominant && _stopAtDecisiveChild)
            {
                break;
            }
        }

        return result;
    }
}
