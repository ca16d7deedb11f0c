using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Reports;

// The targets of the institutions a person reports on, and the form's choices: only those institutions, every course.
internal sealed class ShowTargets(AppDbContext db, ReportableCohorts reportable)
{
    internal sealed record Row(int InstitutionId, string Institution, string CourseId, string Course, int Year, int Officers);

    internal sealed record Choice(string Value, string Text);

    internal sealed record Model(IReadOnlyList<Row> Targets, IReadOnlyList<Choice> Institutions, IReadOnlyList<Choice> Courses);

    public async Task<Model> HandleAsync(CancellationToken ct)
    {
        var institutions = reportable.Institutions();
        var targets = await (from t in db.TrainingTargets
                             join i in institutions on t.InstitutionId equals i.Id
                             join c in db.Courses on t.CourseId equals c.Id
                             orderby t.Year descending, i.Name, c.Title
                             select new Row(t.InstitutionId, i.Name, t.CourseId, c.Title, t.Year, t.Officers)).AsNoTracking().ToListAsync(ct);
        var institutionChoices = await institutions.OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name }).AsNoTracking().ToListAsync(ct);
        var courses = await db.Courses.OrderBy(c => c.Title).Select(c => new Choice(c.Id, c.Title)).AsNoTracking().ToListAsync(ct);
        return new Model(targets, [.. institutionChoices.Select(i => new Choice(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name))], courses);
    }

    // The form for one target: the stored figure and version when it exists, a new one otherwise. Null when the
    // institution is not one the person reports on.
    public async Task<SetTarget.Command?> FormAsync(int institutionId, string courseId, int year, CancellationToken ct)
    {
        if (!await reportable.Institutions().AnyAsync(i => i.Id == institutionId, ct))
            return null;
        var stored = await db.TrainingTargets.AsNoTracking()
            .Where(t => t.InstitutionId == institutionId && t.CourseId == courseId && t.Year == year)
            .Select(t => new { t.Officers, t.Version }).SingleOrDefaultAsync(ct);
        return new SetTarget.Command
        {
            InstitutionId = institutionId, CourseId = courseId, Year = year, Officers = stored?.Officers, Version = stored?.Version ?? 0,
        };
    }
}
