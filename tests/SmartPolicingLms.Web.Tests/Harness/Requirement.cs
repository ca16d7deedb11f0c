namespace SmartPolicingLms.Web.Tests.Harness;

// A test that needs something the machine may lack (a PostgreSQL server, Chromium) skips with a message naming it,
// except under CI=true, where a missing requirement is a failure: CI must never pass by skipping.
internal static class Requirement
{
    public static bool OnCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Met(string? missing)
    {
        if (missing is null)
            return;
        if (OnCi)
            throw new InvalidOperationException($"{missing} CI=true, so this fails instead of skipping.");
        Skip.If(true, missing);
    }
}
