using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Pdf;

namespace SmartPolicingLms.LoadTests;

// certificates sqlite|postgres [recruits=4000]: a cohort of `recruits` who all completed, at an institution with three
// signatories and a 400 × 400 PNG crest, is settled by the certificate issuer in one transaction (numbers, codes, what
// is printed), then every certificate is rendered to a PDF as the download does it, on every core. Reports certificates per second for issuing and rendering together, and the peak
// resident memory (VmHWM) of that part alone: the peak is reset after seeding. Goal: at least 300 per second and under
// 300 MB. Exits with 1 if a certificate is missing or a PDF is not one.
internal static class CertificateRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var recruits = int.Parse(args.ElementAtOrDefault(1) ?? "4000");
        var root = Path.Combine(Path.GetTempPath(), $"splms-certificates-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions: 5);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms certificates run: {provider}, {recruits} recruits, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        var exit = 0;
        try
        {
            var (cohortId, _, _) = await RollCallRunner.SeedAsync(app.Services, recruits);
            var (enrollments, by) = await EnrollmentsAsync(app.Services, cohortId);
            await SignAsync(app.Services, cohortId, by);
            // Warm-up: fonts installed, the PDF and QR code paths jitted, outside the timing.
            PdfFonts.Install();
            CertificatePdf.Write(Warm(), "https://lms.example.test/verify/WARM", null);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = Memory.Resident();
            Memory.ResetPeak();

            var clock = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
                    .SettleAsync(enrollments.ToDictionary(e => e, _ => true), by, CancellationToken.None);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            var issued = clock.Elapsed.TotalSeconds;
            var (rendered, bytes, smallest, largest) = await RenderAsync(app.Services, cohortId);
            var total = clock.Elapsed.TotalSeconds;
            var peak = Memory.Peak();

            var rate = recruits / total;
            Console.WriteLine($"Issued {recruits} certificates in {issued:0.00} s; rendered {rendered} PDFs in {total - issued:0.00} s " +
                $"({bytes / 1024.0 / Math.Max(rendered, 1):0.0} KB each on average, {smallest / 1024.0:0.0}–{largest / 1024.0:0.0} KB)");
            Console.WriteLine($"Issue and render: {rate:0} certificates/s; goal at least 300 -> {(rate >= 300 ? "met" : "NOT met")}");
            Console.WriteLine($"Peak resident memory while issuing and rendering: {peak / 1048576.0:0} MB " +
                $"(resident before: {baseline / 1048576.0:0} MB); goal under 300 MB -> {(peak < 300L * 1048576 ? "met" : "NOT met")}");
            if (rendered != recruits)
            {
                Console.WriteLine($"Only {rendered} of {recruits} certificates were rendered.");
                exit = 1;
            }
        }
        finally
        {
            await app.DisposeAsync();
            await LoadRunner.CleanUpAsync(root, postgres, database);
        }
        return exit;
    }

    // What an academy sets before its first graduation: who signs, and its crest.
    internal static async Task SignAsync(IServiceProvider services, int cohortId, string by)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var institution = await db.Institutions.SingleAsync(i => db.Cohorts.Any(c => c.Id == cohortId && c.InstitutionId == i.Id));
        var crest = InstitutionCrest.Upload(institution.Id, SmartPolicingLms.Web.Tests.Institutions.CrestFiles.Png(400, 400), "image/png", 400, 400,
            by, DateTime.UtcNow);
        db.InstitutionCrests.Add(crest);
        await db.SaveChangesAsync();
        institution.SetSignatories([new("Асылбек Жумабеков", "Head of the Academy"), new("Gulnara Sadykova", "Head of Training"),
            new("Nurlan Ömürbekov", "Course lead")], DateTime.UtcNow);
        institution.SetCrest(crest.Id, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    internal static async Task<(List<int> Enrollments, string By)> EnrollmentsAsync(IServiceProvider services, int cohortId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enrollments = await db.Enrollments.Where(e => e.CohortId == cohortId).Select(e => e.Id).ToListAsync();
        var lead = await db.CohortInstructors.Where(i => i.CohortId == cohortId).Select(i => i.UserId).FirstAsync();
        return (enrollments, lead);
    }

    // Every certificate of the cohort, read in pages and rendered on every core; nothing is kept but the sizes.
    static async Task<(int Count, long Bytes, long Smallest, long Largest)> RenderAsync(IServiceProvider services, int cohortId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (count, bytes, smallest, largest) = (0, 0L, long.MaxValue, 0L);
        // A cohort's certificates share one crest: read once, as a bulk export would.
        var crests = new Dictionary<int, byte[]>();
        var lastId = 0;
        while (true)
        {
            var page = await db.Certificates.AsNoTracking()
                .Where(c => c.Id > lastId && db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == cohortId))
                .OrderBy(c => c.Id).Take(500).ToListAsync();
            if (page.Count == 0)
                break;
            lastId = page[^1].Id;
            foreach (var id in page.Select(c => c.CrestId).OfType<int>().Distinct().Where(id => !crests.ContainsKey(id)))
                crests[id] = await db.InstitutionCrests.Where(c => c.Id == id).Select(c => c.Content).SingleAsync();
            var sizes = new long[page.Count];
            Parallel.For(0, page.Count, i =>
            {
                var pdf = CertificatePdf.Write(page[i], $"https://lms.example.test/verify/{page[i].VerificationCode}",
                    page[i].CrestId is { } crest ? crests[crest] : null);
                sizes[i] = pdf.Length > 5 && pdf[0] == '%' && pdf[1] == 'P' ? pdf.Length : -1;
            });
            if (sizes.Any(s => s < 0))
                throw new InvalidOperationException("A rendered certificate is not a PDF.");
            (count, bytes) = (count + page.Count, bytes + sizes.Sum());
            (smallest, largest) = (Math.Min(smallest, sizes.Min()), Math.Max(largest, sizes.Max()));
        }
        return (count, bytes, smallest, largest);
    }

    // certificate-sample <file.pdf>: one certificate as the app prints it (a Kyrgyz name, three signatories, a crest),
    // for the README's picture: pdftoppm -png -r 50 -singlefile <file.pdf> .docs/certificate
    public static int Sample(string[] args)
    {
        var file = args.ElementAtOrDefault(0) ?? "certificate-sample.pdf";
        var certificate = Certificate.Issue(1, 1, "KGZ-ACAD", 2026, 42, "ACDE-FGHJ-KMNP-QRTW-XY34", "salt",
            new CertificateText("Айгүл Өмүрбекова", "Police, HIV and key populations", "1.0", 46, 0, new DateOnly(2026, 11, 27),
                "Academy of the Ministry of Internal Affairs of the Kyrgyz Republic", "Certificate of completion",
                "Completed the 46-hour course on policing, HIV and the rights of sex workers and people who use drugs.",
                [new("Асылбек Жумабеков", "Head of the Academy"), new("Gulnara Sadykova", "Head of Training"), new("Nurlan Ömürbekov", "Course lead")], 1),
            "u", DateTime.UtcNow);
        File.WriteAllBytes(file, CertificatePdf.Write(certificate, "https://lms.academy.example/verify/ACDE-FGHJ-KMNP-QRTW-XY34",
            SmartPolicingLms.Web.Tests.Institutions.CrestFiles.Png(400, 400)));
        Console.WriteLine($"Wrote {file} ({new FileInfo(file).Length / 1024.0:0.0} KB)");
        return 0;
    }

    static Certificate Warm() => Certificate.Issue(0, 0, "WARM", 2026, 1, "WARM-WARM-WARM-WARM-WARM", "salt",
        new CertificateText("Warm Up", "Course", "1.0", 10, 2, new DateOnly(2026, 1, 1), "Academy", "", "", [], null), "u", DateTime.UtcNow);
}

// The process's resident memory from /proc (Linux), and its high-water mark, which can be reset.
internal static class Memory
{
    public static long Resident() => Field("VmRSS:");
    public static long Peak() => Field("VmHWM:");

    // Writing 5 to clear_refs resets the high-water mark to the current resident size (Linux 4.0 and later).
    public static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    static long Field(string name) => long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith(name, StringComparison.Ordinal))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
