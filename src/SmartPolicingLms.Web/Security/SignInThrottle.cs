using System.Collections.Concurrent;

namespace SmartPolicingLms.Web.Security;

// Counts failed sign-ins per (form, name as typed, client address), in memory on each instance. Failures from one
// address never slow down another, and a success from an address wipes that address's count for the name.
internal sealed class SignInThrottle(TimeProvider clock)
{
    // Enough for every name a busy installation sees in an hour; beyond it, counts that throttle nobody go first.
    const int MostTracked = 100_000;

    internal readonly record struct Key(string Form, string Name, string Address);

    sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
        public DateTimeOffset WaitUntil;
    }

    readonly ConcurrentDictionary<Key, Failures> failures = new();

    // How long this address must still wait before trying this name again, or null when it may try now.
    public TimeSpan? WaitFor(Key key)
    {
        if (!failures.TryGetValue(key, out var counted))
            return null;
        lock (counted)
        {
            var wait = counted.WaitUntil - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    public void Failed(Key key)
    {
        var now = clock.GetUtcNow();
        var counted = failures.GetOrAdd(key, _ => new Failures());
        lock (counted)
        {
            if (now - counted.Last > SignInLimits.ForgetAfter)
                counted.Count = 0;
            counted.Count++;
            counted.Last = now;
            var over = counted.Count - SignInLimits.FreeFailures;
            if (over > 0)
                counted.WaitUntil = now + Delay(over);
        }
        if (failures.Count > MostTracked)
            Prune(now);
    }

    public void Succeeded(Key key) => failures.TryRemove(key, out _);

    static TimeSpan Delay(int over)
    {
        var doubled = SignInLimits.FirstDelay * Math.Pow(2, Math.Min(over - 1, 10));
        return doubled < SignInLimits.LongestDelay ? doubled : SignInLimits.LongestDelay;
    }

    void Prune(DateTimeOffset now)
    {
        foreach (var (key, counted) in failures)
        {
            if (now - counted.Last > SignInLimits.ForgetAfter)
                failures.TryRemove(key, out _);
        }
        if (failures.Count <= MostTracked)
            return;
        foreach (var (key, counted) in failures)
        {
            if (counted.WaitUntil <= now)
                failures.TryRemove(key, out _);
        }
    }
}
