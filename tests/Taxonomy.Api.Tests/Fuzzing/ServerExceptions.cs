using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// The exceptions the API logs as errors, by the trace id of the request that threw them, which
/// its 500 problem names: a failure report can then say what broke, and tell apart two causes of
/// a 500 on one operation.
/// </summary>
internal sealed class ServerExceptions : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, Exception> _byTrace = new(StringComparer.Ordinal);

    /// <summary>The exception logged while answering the request of a problem's traceId ("00-{trace}-{span}-00"), if any.</summary>
    public Exception? Of(string? traceId) =>
        traceId?.Split('-') is [_, var trace, ..] && _byTrace.TryGetValue(trace, out var exception) ? exception : null;

    public ILogger CreateLogger(string categoryName) => new Logger(_byTrace);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentDictionary<string, Exception> byTrace) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null && Activity.Current is { } request)
            {
                byTrace[request.TraceId.ToString()] = exception;
            }
        }
    }
}
