using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>Rule-by-rule evaluation: each leaf alone in a try/catch (interpreted or compiled alone), each Operator rule a Kleene fold of its children.</summary>
internal sealed partial class EvaluationPlan
{
    /// <summary>Evaluates a slot: a leaf with the interpreter when given, else with its compiled predicate.</summary>
    private Truth Evaluate(int slot, object?[] args, LeanInterpreter? interpreter, byte[] outcomes, ref string?[]? exceptions)
    {
        Truth truth;
        var rule = Rules[slot];
        if (rule.Condition is not { } condition)
        {
            truth = Combine(slot, args, interpreter, outcomes, ref exceptions);
        }
        else
        {
            try
            {
                truth = interpreter is not null ? interpreter.Truth(condition) : rule.Predicate!(args);
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

    // Kleene fold: And is False if any child is False, else Unknown if any is Unknown; Or is the dual.
    // And ≡ AndAlso and Or ≡ OrElse, as in RulesEngine; an empty child list is False, as in RulesEngine.
    private Truth Combine(int slot, object?[] args, LeanInterpreter? interpreter, byte[] outcomes, ref string?[]? exceptions)
    {
        var children = Children[slot];
        if (children.Length == 0)
        {
            return Truth.False;
        }

        var isAnd = _isAnd[slot];
        var decisive = isAnd ? Truth.False : Truth.True;
        var result = isAnd ? Truth.True : Truth.False;
        for (var i = 0; i < children.Length; i++)
        {
            var child = Evaluate(children[i], args, interpreter, outcomes, ref exceptions);
            if (child == decisive)
            {
                result = decisive;
                if (_stopAtDecisiveChild)
                {
                    break;
                }
            }
            else if (child == Truth.Unknown && result != decisive)
            {
                result = Truth.Unknown;
            }
        }

        return result;
    }
}
