using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartPolicingLms.Web.Tests.CohortBoard;

// Counts the database commands EF Core runs inside one awaited call, by listening to its diagnostic events. Only
// commands of the call's own async flow are counted, so tests running alongside do not disturb the figure.
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    static readonly AsyncLocal<CommandCounter?> Counting = new();
    readonly List<IDisposable> subscriptions = [];
    int count;

    public CommandCounter() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public async Task<int> CountAsync(Func<Task> act)
    {
        count = 0;
        Counting.Value = this;
        try
        {
            await act();
        }
        finally
        {
            Counting.Value = null;
        }
        return count;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (subscriptions)
                subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && ReferenceEquals(Counting.Value, this))
            Interlocked.Increment(ref count);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
            foreach (var subscription in subscriptions)
                subscription.Dispose();
    }
}
