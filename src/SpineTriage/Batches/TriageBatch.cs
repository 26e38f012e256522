using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Batches;

/// <summary>
/// Evaluates many cases on several threads: results in input order, memory bounded by <see cref="BatchOptions"/> (not by the
/// batch's size), cancellation, and each case's problems returned as a value (<see cref="BatchResult{T}.Problems"/>), never
/// thrown, so one bad case never stops the batch. The <c>spinetriage audit</c> command is built on <see cref="RunAsync{TInput, TResult}(IAsyncEnumerable{TInput}, Func{TInput, TResult}, BatchOptions?, CancellationToken)"/>.
/// </summary>
public static class TriageBatch
{
    /// <summary>Reads each case JSON text strictly and evaluates it (<see cref="ITriageEngine.Evaluate(string)"/>), on several threads.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="caseJsonTexts">The case texts (README "The case format"), read as the enumeration goes.</param>
    /// <param name="options">The workers and chunk size; by default one worker per processor.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per text, in input order: the report, or the text's problems, each with its JSON path, line and column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> asks for fewer than one worker or a chunk of fewer than one case.</exception>
    public static IAsyncEnumerable<BatchResult<TriageReport>> EvaluateAllAsync(this ITriageEngine engine, IAsyncEnumerable<string> caseJsonTexts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(caseJsonTexts);
        return Run(caseJsonTexts, (text, index) => EvaluateText(engine, text, index), options, cancellationToken);
    }

    /// <summary>Reads each case JSON text strictly and evaluates it, on several threads.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="caseJsonTexts">The case texts, read as the enumeration goes (from the thread that reads ahead, not the caller's).</param>
    /// <param name="options">The workers and chunk size; by default one worker per processor.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per text, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> asks for fewer than one worker or a chunk of fewer than one case.</exception>
    public static IAsyncEnumerable<BatchResult<TriageReport>> EvaluateAllAsync(this ITriageEngine engine, IEnumerable<string> caseJsonTexts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseJsonTexts);
        return engine.EvaluateAllAsync(new SyncSource<string>(caseJsonTexts), options, cancellationToken);
    }

    /// <summary>Validates and evaluates each case (<see cref="ITriageEngine.Evaluate(PatientCase)"/>), on several threads.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="cases">The cases, read as the enumeration goes.</param>
    /// <param name="options">The workers and chunk size; by default one worker per processor.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per case, in input order: the report, or the case's range problems and contradictions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> asks for fewer than one worker or a chunk of fewer than one case.</exception>
    public static IAsyncEnumerable<BatchResult<TriageReport>> EvaluateAllAsync(this ITriageEngine engine, IAsyncEnumerable<PatientCase> cases, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(cases);
        return Run(cases, (patientCase, index) => EvaluateCase(engine, patientCase, index), options, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="evaluate"/> to each input on several threads: for a host's own step per case (its own case
    /// format, a different result, several engines), with the same ordering, memory bound and cancellation.
    /// </summary>
    /// <typeparam name="TInput">One input.</typeparam>
    /// <typeparam name="TResult">What evaluating it gives.</typeparam>
    /// <param name="inputs">The inputs, read as the enumeration goes.</param>
    /// <param name="evaluate">The step, called on worker threads, several at once: it must be thread-safe. An exception it throws becomes that input's <see cref="BatchResult{T}.Exception"/>.</param>
    /// <param name="options">The workers and chunk size; by default one worker per processor.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> asks for fewer than one worker or a chunk of fewer than one input.</exception>
    public static IAsyncEnumerable<BatchResult<TResult>> RunAsync<TInput, TResult>(IAsyncEnumerable<TInput> inputs, Func<TInput, TResult> evaluate, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(evaluate);
        return Run(inputs, (input, index) => new BatchResult<TResult>(index, evaluate(input), [], null), options, cancellationToken);
    }

    /// <summary>Applies <paramref name="evaluate"/> to each input on several threads, results in input order.</summary>
    /// <typeparam name="TInput">One input.</typeparam>
    /// <typeparam name="TResult">What evaluating it gives.</typeparam>
    /// <param name="inputs">The inputs, read as the enumeration goes (from the thread that reads ahead, not the caller's).</param>
    /// <param name="evaluate">The step, called on worker threads, several at once: it must be thread-safe. An exception it throws becomes that input's <see cref="BatchResult{T}.Exception"/>.</param>
    /// <param name="options">The workers and chunk size; by default one worker per processor.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> asks for fewer than one worker or a chunk of fewer than one input.</exception>
    public static IAsyncEnumerable<BatchResult<TResult>> RunAsync<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> evaluate, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return RunAsync(new SyncSource<TInput>(inputs), evaluate, options, cancellationToken);
    }

    private static IAsyncEnumerable<BatchResult<TResult>> Run<TInput, TResult>(IAsyncEnumerable<TInput> inputs, Func<TInput, long, BatchResult<TResult>> evaluate, BatchOptions? options, CancellationToken cancellationToken)
    {
        options ??= new BatchOptions();
        options.Validate();
        return new OrderedBatchPipeline<TInput, TResult>(evaluate, options).RunAsync(inputs, cancellationToken);
    }

    private static BatchResult<TriageReport> EvaluateText(ITriageEngine engine, string text, long index)
    {
        var read = PatientCaseJson.Read(text);
        return read.Case is { } patientCase ? EvaluateCase(engine, patientCase, index) : new BatchResult<TriageReport>(index, null, read.Problems, null);
    }

    private static BatchResult<TriageReport> EvaluateCase(ITriageEngine engine, PatientCase patientCase, long index)
    {
        try
        {
            return new BatchResult<TriageReport>(index, engine.Evaluate(patientCase), [], null);
        }
        catch (CaseValidationException exception)
        {
            return new BatchResult<TriageReport>(index, null, exception.Problems, null);
        }
    }
}
