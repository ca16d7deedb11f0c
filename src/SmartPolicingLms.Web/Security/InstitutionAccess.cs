using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Security;

// Who may set what an institution's certificates print (its signatories and crest): administrators, and the
// institution's own instructors who lead at least one of its cohorts. Asked by the page and by every write behind it.
internal sealed class InstitutionAccess(AppDbContext db, CurrentPerson person)
{
    // Worded when asked, not once: each request reads them in its own language.
    static readonly IStringLocalizer T = Localizers.For<SecurityStrings>();

    public static string NotFoundMessage => T["There is no such institution."];
    public static string NotALeadMessage =>
        T["Only administrators and instructors who lead one of the institution's cohorts set what its certificates print."];

    public static Refusal NotFound => Refusal.NotFound(NotFoundMessage);
    public static Refusal NotALead => Refusal.Forbidden(NotALeadMessage);

    // Null when the person may set the institution's certificate; otherwise why not. Another institution's is
    // answered as one that does not exist, as cohorts are.
    public async Task<Refusal?> CertificateRefusalAsync(int institutionId, CancellationToken ct)
    {
        if (!person.IsAdministrator && !person.InstructsAt(institutionId))
            return NotFound;
        if (!await db.Institutions.AnyAsync(i => i.Id == institutionId, ct))
            return NotFound;
        return person.IsAdministrator || await LeadsACohortAtAsync(institutionId, ct) ? null : NotALead;
    }

    // The institution whose certificate the person may set from their own pages: a lead instructor's. Administrators
    // reach every institution's from the institution list instead.
    public async Task<int?> OwnCertificateInstitutionAsync(CancellationToken ct) =>
        person is { IsInstructor: true, InstitutionId: { } id } && await LeadsACohortAtAsync(id, ct) ? id : null;

    Task<bool> LeadsACohortAtAsync(int institutionId, CancellationToken ct) =>
        db.CohortInstructors.AnyAsync(i => i.UserId == person.UserId && i.IsLead
            && db.Cohorts.Any(c => c.Id == i.CohortId && c.InstitutionId == institutionId), ct);
}
