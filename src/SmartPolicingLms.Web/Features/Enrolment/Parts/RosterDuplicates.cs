namespace SmartPolicingLms.Web.Features.Enrolment;

// The same recruit twice in one file, caught before anything is written.
internal static class RosterDuplicates
{
    public static IEnumerable<(int Line, string Message)> Find(IReadOnlyList<RosterRow> rows)
    {
        var serviceNumbers = new Dictionary<string, int>();
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.ServiceNumber is { } number && !serviceNumbers.TryAdd(number, row.Line))
                yield return (row.Line, $"Line {row.Line}: service number {number} is also on line {serviceNumbers[number]}.");
            if (row.Email is { } email && !emails.TryAdd(email, row.Line))
                yield return (row.Line, $"Line {row.Line}: {email} is also on line {emails[email]}.");
        }
    }

    // Two rows that look different (one by service number, one by email) but find the same account.
    public static IEnumerable<(int Line, string Message)> SameAccount(IEnumerable<RosterDecision> decisions) =>
        decisions.Where(d => d.ExistingUserId is not null)
            .GroupBy(d => d.ExistingUserId)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(d => (d.Row.Line, $"Line {d.Row.Line}: the same recruit as line {g.First().Row.Line}.")));
}
