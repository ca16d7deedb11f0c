using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SmartPolicingLms.Web.Tests.Harness;

// What the app wrote to its log, kept so tests can check what an operator would read on the console.
public sealed class CapturedLogs : ILoggerProvider
{
    readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> entries = new();

    public IEnumerable<string> Messages(LogLevel atLeast = LogLevel.Information) =>
        entries.Where(e => e.Level >= atLeast).Select(e => e.Message);

    // Category and message of everything at this level or above.
    public IEnumerable<(string Category, string Message)> Entries(LogLevel atLeast) =>
        entries.Where(e => e.Level >= atLeast).Select(e => (e.Category, e.Message));

    public IEnumerable<(LogLevel Level, string Message)> InCategory(string category) =>
        entries.Where(e => e.Category == category).Select(e => (e.Level, e.Message));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                logs.entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
        }
    }
}
