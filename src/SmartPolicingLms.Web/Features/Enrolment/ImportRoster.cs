using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// All or nothing: every row is checked first, and one save creates the accounts, their codes and the enrolments.
internal static class ImportRoster
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    internal sealed record Command(int CohortId, byte[] Content);

    // One line of the printed sheet; Code is null for a recruit who had an account already and signs in as before.
    internal sealed record SheetRow(string Name, string? ServiceNumber, string? Email, string SignInName, string? Code);

    internal sealed record Imported(string CohortName, int Created, int Enrolled, int AlreadyEnrolled, DateTime CodesExpireAt,
        IReadOnlyList<SheetRow> Sheet);

    public static string ConflictMessage =>
        T["Recruits were enrolled in this cohort by someone else at the same moment, so nothing was imported. Upload the file again."];

    static string ControlCharacterMessage(int line) =>
        T["Line {0}: a cell contains a line break, a tab or another control character (such as a NUL byte); retype it as plain text.", line];

    internal sealed class RowValidator : AbstractValidator<RosterRow>
    {
        public RowValidator()
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage(r => T["Line {0}: the name is missing.", r.Line])
                .MaximumLength(100).WithMessage(r => T["Line {0}: the name is longer than 100 characters.", r.Line]);
            RuleFor(r => r).Must(r => r.ServiceNumber is not null || r.Email is not null)
                .WithMessage(r => T["Line {0}: give a service number or an email for {1}.", r.Line, r.Name]);
            RuleFor(r => r.ServiceNumber).MaximumLength(50).WithMessage(r => T["Line {0}: the service number is longer than 50 characters.", r.Line]);
            RuleFor(r => r.Email).EmailAddress().WithMessage(r => T["Line {0}: \"{1}\" is not an email address.", r.Line, r.Email!])
                .MaximumLength(256).WithMessage(r => T["Line {0}: the email is longer than 256 characters.", r.Line])
                .When(r => r.Email is not null);
        }
    }

    internal sealed class Handler(CurrentPerson person, 
        AppDbContext db, CohortAccess access, RosterMatching matching, RecruitAccounts accounts, AuditLog audit,
        IValidator<RosterRow> validator, TimeProvider clock)
    {
        public async Task<Outcome<Imported>> HandleAsync(Command command, CancellationToken ct)
        {
            var right = await access.RightAsync(command.CohortId, ct);
            if (right != CohortRight.Change)
                return Outcome<Imported>.Refused(CohortAccess.RefusalFor(right)!);
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == command.CohortId, ct);
            if (!EnrolmentRules.CanEnrol(cohort.State))
                return Outcome<Imported>.Invalid("", EnrolmentRules.ClosedMessage);

            var file = RosterFile.Read(command.Content);
            if (file.Problems.Count > 0)
                return Outcome<Imported>.Invalid(file.Problems.Select(p => new ValidationFailure("", p)));
            // Checked on the cells as written: folding spaces below would hide a line break inside a quoted name.
            if (file.Rows.Where(r => !SingleLine.IsClean(r.Name) || !SingleLine.IsClean(r.ServiceNumber) || !SingleLine.IsClean(r.Email))
                    .Select(r => (r.Line, ControlCharacterMessage(r.Line))).ToList() is { Count: > 0 } unclean)
                return Invalid(unclean);
            var rows = file.Rows.Select(r => r with
            {
                Name = RecruitNames.DisplayName(r.Name), ServiceNumber = RecruitNames.ServiceNumber(r.ServiceNumber), Email = RecruitNames.Email(r.Email),
            }).ToList();
            var problems = rows.SelectMany(r => validator.Validate(r).Errors.Select(e => (r.Line, e.ErrorMessage))).ToList();
            problems.AddRange(RosterDuplicates.Find(rows));
            if (problems.Count > 0)
                return Invalid(problems);

            var decisions = await matching.DecideAsync(cohort, rows, ct);
            problems.AddRange(decisions.Where(d => d.Problem is not null).Select(d => (d.Row.Line, d.Problem!)));
            problems.AddRange(RosterDuplicates.SameAccount(decisions));
            if (problems.Count > 0)
                return Invalid(problems);
            var adding = decisions.Count(d => !d.AlreadyEnrolled);
            var enrolled = await db.Enrollments.Active().CountAsync(e => e.CohortId == cohort.Id, ct);
            if (EnrolmentRules.CapacityProblem(cohort.Capacity, enrolled, adding) is { } full)
                return Outcome<Imported>.Invalid("", full);

            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                // A roster whose recruits are all enrolled already changes nothing; its sheet still says so.
                var created = adding > 0 ? await SaveAsync(cohort, decisions, now, ct) : [];
                return Outcome<Imported>.Ok(new Imported(cohort.Name, created.Count, adding, decisions.Count - adding,
                    now + SignInCodes.Lifetime, await SheetAsync(decisions, created, ct)));
            }
            catch (DbUpdateException)
            {
                // Another import or a recruit joining got in first (the cohort's version, or a service number now taken).
                return Outcome<Imported>.Conflict(ConflictMessage);
            }
        }

        // One save: the new accounts with their codes, and every enrolment. Returns each new recruit's row, account and code.
        async Task<Dictionary<RosterRow, (ApplicationUser User, string Code)>> SaveAsync(
            Cohort cohort, List<RosterDecision> decisions, DateTime now, CancellationToken ct)
        {
            var fresh = decisions.Where(d => d.ExistingUserId is null).ToList();
            var users = await accounts.AddAsync(
                [.. fresh.Select(d => new RecruitAccounts.NewRecruit(d.Row.Name, d.Row.ServiceNumber, d.Row.Email))], cohort.InstitutionId, now, ct);
            var codes = users.Select(_ => SignInCodes.NewCode()).ToList();
            db.SignInCodes.AddRange(users.Select((u, i) => SignInCodes.Issue(u.Id, codes[i], person.UserId, now)));
            var joining = users.Select(u => u.Id)
                .Concat(decisions.Where(d => d is { ExistingUserId: not null, AlreadyEnrolled: false }).Select(d => d.ExistingUserId!));
            db.Enrollments.AddRange(joining.Select(id => Enrollment.Create(cohort.Id, id, now)));
            // The cohort's version guards its capacity: a recruit joining at the same moment makes this save fail, not overfill.
            cohort.Touch(now);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Recruits, AuditAction.RosterImported, null,
                new { Created = users.Count, Enrolled = decisions.Count(d => !d.AlreadyEnrolled), AlreadyEnrolled = decisions.Count(d => d.AlreadyEnrolled) });
            await db.SaveChangesAsync(ct);
            return fresh.Select((d, i) => (d.Row, users[i], codes[i])).ToDictionary(x => x.Row, x => (x.Item2, x.Item3));
        }

        async Task<List<SheetRow>> SheetAsync(List<RosterDecision> decisions, Dictionary<RosterRow, (ApplicationUser User, string Code)> created,
            CancellationToken ct)
        {
            var existingIds = decisions.Select(d => d.ExistingUserId).OfType<string>().ToList();
            var names = await db.Users.AsNoTracking().Where(u => existingIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
            return [.. decisions.Select(d => created.TryGetValue(d.Row, out var made)
                ? new SheetRow(d.Row.Name, d.Row.ServiceNumber, d.Row.Email, made.User.UserName!, made.Code)
                : new SheetRow(d.Row.Name, d.Row.ServiceNumber, d.Row.Email, names.GetValueOrDefault(d.ExistingUserId!, ""), null))];
        }

        // In the order of the file, so the instructor can work down it.
        static Outcome<Imported> Invalid(IEnumerable<(int Line, string Message)> problems) =>
            Outcome<Imported>.Invalid(problems.OrderBy(p => p.Line).Select(p => new ValidationFailure("", p.Message)));
    }
}
