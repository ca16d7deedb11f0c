using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// A roster row decided: a new account, an existing recruit to enrol, one enrolled already, or a problem.
internal sealed record RosterDecision(RosterRow Row, string? ExistingUserId, bool AlreadyEnrolled, string? Problem);

// Finds the people on a roster who have an account already, so a second import or a recruit moving to a new
// cohort is enrolled rather than created twice, and refuses rows that point at someone else's account.
internal sealed class RosterMatching(AppDbContext db, ILookupNormalizer normalizer)
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    sealed record Account(string Id, string DisplayName, string? Email, string? ServiceNumber, int? InstitutionId);

    public async Task<List<RosterDecision>> DecideAsync(Cohort cohort, IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        var serviceNumbers = rows.Select(r => r.ServiceNumber).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => r.Email).OfType<string>().Select(e => normalizer.NormalizeEmail(e)).Distinct().ToList();
        var byServiceNumber = (await db.Users.AsNoTracking()
                .Where(u => u.InstitutionId == cohort.InstitutionId && serviceNumbers.Contains(u.ServiceNumber!))
                .Select(u => new Account(u.Id, u.DisplayName, u.Email, u.ServiceNumber, u.InstitutionId)).ToListAsync(ct))
            .ToDictionary(a => a.ServiceNumber!);
        var byEmail = (await db.Users.AsNoTracking()
                .Where(u => emails.Contains(u.NormalizedEmail!))
                .Select(u => new { Account = new Account(u.Id, u.DisplayName, u.Email, u.ServiceNumber, u.InstitutionId), u.NormalizedEmail })
                .ToListAsync(ct))
            .ToDictionary(a => a.NormalizedEmail!, a => a.Account);
        var found = byServiceNumber.Values.Select(a => a.Id).Concat(byEmail.Values.Select(a => a.Id)).Distinct().ToList();
        var recruits = (await db.UserRoles.Where(r => found.Contains(r.UserId))
                .Join(db.Roles.Where(r => r.Name == Roles.Recruit), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
                .ToListAsync(ct)).ToHashSet();
        var enrolled = (await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohort.Id && found.Contains(e.RecruitUserId))
            .Select(e => new { e.RecruitUserId, e.WithdrawnAt }).ToListAsync(ct)).ToDictionary(e => e.RecruitUserId, e => e.WithdrawnAt);

        return [.. rows.Select(row =>
        {
            var bySn = row.ServiceNumber is { } sn ? byServiceNumber.GetValueOrDefault(sn) : null;
            var byMail = row.Email is { } mail ? byEmail.GetValueOrDefault(normalizer.NormalizeEmail(mail)) : null;
            var problem = Problem(row, bySn, byMail, cohort.InstitutionId, recruits);
            var account = bySn ?? byMail;
            if (problem is not null || account is null)
                return new RosterDecision(row, null, false, problem);
            return enrolled.TryGetValue(account.Id, out var withdrawnAt)
                ? withdrawnAt is null
                    ? new RosterDecision(row, account.Id, true, null)
                    : new RosterDecision(row, null, false, T["Line {0}: {1} was withdrawn from this cohort and cannot be enrolled in it again.", row.Line, account.DisplayName])
                : new RosterDecision(row, account.Id, false, null);
        })];
    }

    static string? Problem(RosterRow row, Account? bySn, Account? byMail, int institutionId, HashSet<string> recruits)
    {
        if (bySn is not null && byMail is not null && bySn.Id != byMail.Id)
            return T["Line {0}: service number {1} and email {2} belong to two different accounts.", row.Line, row.ServiceNumber!, row.Email!];
        if (byMail is not null)
        {
            // Whose it is (staff, another institution's recruit) is not this instructor's to learn: one answer for both.
            if (!recruits.Contains(byMail.Id) || byMail.InstitutionId != institutionId)
                return T["Line {0}: {1} cannot be used for a recruit of this institution. Check it with the recruit, or leave the email out.", row.Line, row.Email!];
            if (row.ServiceNumber is { } sn && byMail.ServiceNumber is { } theirs && sn != theirs)
                return T["Line {0}: {1} belongs to a recruit with service number {2}, not {3}.", row.Line, row.Email!, theirs, sn];
        }
        if (bySn is not null)
        {
            // The same number under another name is someone else: a typing slip that must not merge two people.
            if (byMail is null && !RecruitNames.SameName(bySn.DisplayName, row.Name))
                return T["Line {0}: service number {1} is already used by another person at this institution ({2}).", row.Line, row.ServiceNumber!, bySn.DisplayName];
            if (!recruits.Contains(bySn.Id))
                return T["Line {0}: service number {1} belongs to an account that is not a recruit's.", row.Line, row.ServiceNumber!];
            if (row.Email is { } mail && bySn.Email is { } theirs && !string.Equals(mail, theirs, StringComparison.OrdinalIgnoreCase))
                return T["Line {0}: service number {1} belongs to a recruit with another email ({2}).", row.Line, row.ServiceNumber!, theirs];
            if (row.Email is not null && bySn.Email is null)
                return T["Line {0}: service number {1} belongs to a recruit who has no email on record; leave the email out.", row.Line, row.ServiceNumber!];
        }
        return null;
    }
}
