namespace SmartPolicingLms.Web.Features.Enrolment;

// The same recruit twice in one file, caught before anything is written.
internal static class RosterDuplicates
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    public static IEnumerable<(int Line, string Message)> Find(IReadOnlyList<RosterRow> rows)
    {
        var serviceNumbers = new Dictionary<string, int>();
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.ServiceNumber is { } number && !serviceNumbers.TryAdd(number, row.Line))
                yield return (row.Line, T["Line {0}: service number {1} is also on line {2}.", row.Line, number, serviceNumbers[number]].Value);
            if (row.Email is { } email && !emails.TryAdd(email, row.Line))
                yield return (row.Line, T["Line {0}: {1} is also on line {2}.", row.Line, email, emails[email]].Value);
        }
    }

    // Two rows that look different (one by service number, one by email) but find the same account.
    public static IEnumerable<(int Line, string Message)> SameAccount(IEnumerable<RosterDecision> decisions) =>
        decisions.Where(d => d.ExistingUserId is not null)
            .GroupBy(d => d.ExistingUserId)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(d => (d.Row.Line, T["Line {0}: the same recruit as line {1}.", d.Row.Line, g.First().Row.Line].Value)));
}
