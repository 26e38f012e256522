using System.Runtime.ExceptionServices;

namespace SpineTriage.Rules.Expressions;

/// <summary>The interpreter's string, Math and collection calls.</summary>
internal sealed partial class ReferenceInterpreter
{
    private Evaluation StringCall(BoundStringCall call)
    {
        var target = Evaluate(call.Target);
        var argument = call.Argument is null ? null : Evaluate(call.Argument);
        var operands = argument is null ? new[] { target } : [target, argument];
        if (target.Value is not string text || (argument is not null && argument.Value is null))
        {
            var missing = argument is null ? Missing(target) : Missing(target, argument);
            return call.Type == typeof(bool) ? WithTruth(call, MissingTruth, missing, operands) : ValueOrMissing(call, null, missing, null, operands);
        }

        var other = (string?)argument?.Value!;
        object value = call.Method switch
        {
            StringMethod.Contains => text.Contains(other, StringComparison.Ordinal),
            StringMethod.StartsWith => text.StartsWith(other, StringComparison.Ordinal),
            StringMethod.EndsWith => text.EndsWith(other, StringComparison.Ordinal),
            StringMethod.ToLower => text.ToLowerInvariant(),
            StringMethod.ToUpper => text.ToUpperInvariant(),
            StringMethod.Trim => text.Trim(),
            _ => text.Length,
        };
        return Known(call, value, operands);
    }

    private Evaluation MathCall(BoundMathCall call)
    {
        var arguments = call.Arguments.Select(Evaluate).ToArray();
        if (arguments.Any(a => a.Value is null))
        {
            return ValueOrMissing(call, null, Missing(arguments), null, arguments);
        }

        var method = typeof(Math).GetMethod(call.Function.ToString(), [.. call.Arguments.Select(a => a.Type)])!;
        try
        {
            return Known(call, method.Invoke(null, [.. arguments.Select(a => a.Value)]), arguments);
        }
        catch (System.Reflection.TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(error.InnerException).Throw();
            throw;
        }
    }

    private Evaluation CollectionCall(BoundCollectionCall call)
    {
        var source = Evaluate(call.Source);
        if (source.Value is not System.Collections.IEnumerable items)
        {
            var missing = Missing(source);
            return call.Type == typeof(bool) ? WithTruth(call, MissingTruth, missing, source) : ValueOrMissing(call, null, missing, null, source);
        }

        var operands = new List<Evaluation> { source };
        var elements = items.Cast<object?>().ToList();
        if (call.Body is null && call.Method is CollectionMethod.Any or CollectionMethod.Count)
        {
            return Known(call, call.Method == CollectionMethod.Any ? elements.Count > 0 : elements.Count, source);
        }

        var basePath = source.Path ?? call.Source.Text;
        var bodies = elements.Select((element, index) => (Func<Evaluation>)(() =>
        {
            _variables[call.Variable!] = (element, $"{basePath}[{index}]");
            var body = call.Type == typeof(bool) || call.Method == CollectionMethod.Count ? EvaluateCondition(call.Body!) : Evaluate(call.Body!);
            operands.Add(body);
            return body;
        }));
        return call.Method switch
        {
            CollectionMethod.Any or CollectionMethod.All => Quantify(call, bodies, operands),
            CollectionMethod.Count => CountWhere(call, bodies, operands),
            _ => Aggregate(call, bodies, operands),
        };
    }

    private Evaluation Quantify(BoundCollectionCall call, IEnumerable<Func<Evaluation>> bodies, List<Evaluation> operands)
    {
        var (stop, result) = call.Method == CollectionMethod.Any ? (Truth.True, Truth.False) : (Truth.False, Truth.True);
        var missing = new List<string>();
        foreach (var body in bodies)
        {
            var evaluation = body();
            if (evaluation.AsTruth == stop)
            {
                return WithTruth(call, stop, None, [.. operands]);
            }

            if (evaluation.AsTruth == Truth.Unknown)
            {
                result = Truth.Unknown;
                missing.AddRange(evaluation.Missing);
            }
        }

        return WithTruth(call, result, missing.Distinct(StringComparer.Ordinal).ToList(), [.. operands]);
    }

    private Evaluation CountWhere(BoundCollectionCall call, IEnumerable<Func<Evaluation>> bodies, List<Evaluation> operands)
    {
        var count = 0;
        foreach (var body in bodies)
        {
            var evaluation = body();
            if (evaluation.AsTruth == Truth.Unknown)
            {
                return ValueOrMissing(call, null, evaluation.Missing, null, [.. operands]);
            }

            count += evaluation.AsTruth == Truth.True ? 1 : 0;
        }

        return Known(call, count, [.. operands]);
    }

    private Evaluation Aggregate(BoundCollectionCall call, IEnumerable<Func<Evaluation>> bodies, List<Evaluation> operands)
    {
        object? accumulator = call.Method == CollectionMethod.Sum ? System.Convert.ChangeType(0, call.Type, System.Globalization.CultureInfo.InvariantCulture) : null;
        foreach (var body in bodies)
        {
            var evaluation = body();
            if (evaluation.Value is null)
            {
                return ValueOrMissing(call, null, evaluation.Missing, null, [.. operands]);
            }

            accumulator = accumulator is null ? evaluation.Value
                : call.Method == CollectionMethod.Sum ? Arithmetics.Apply(BinaryOperator.Add, accumulator, evaluation.Value)
                : Arithmetics.Better(call.Method == CollectionMethod.Min ? BinaryOperator.Less : BinaryOperator.Greater, accumulator, evaluation.Value);
        }

        return ValueOrMissing(call, accumulator, None, null, [.. operands]);
    }
}
