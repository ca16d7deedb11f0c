using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.LoadTests;

// certificate-export sqlite|postgres [certificates=500,4000]: for each count, a cohort of that many recruits who all
// completed, at an institution with three signatories and a 400 × 400 PNG crest, has its certificates issued; then an
// administrator downloads them through the real endpoints on Kestrel, as one ZIP and as one merged PDF. Reports, per
// format: certificates per second, time to the first byte of the body, and the app's peak resident memory (VmHWM,
// reset before each download; the client only counts bytes, so the process's peak is the server's) and the managed
// heap's peak as the GC saw it. Goals: at least 300 per second, first byte under 1 s, peak under 300 MB. A merged PDF
// over the cap (CertificatesMergedPdf.MostPages) is refused, and the refusal is what is reported.
internal static class CertificateExportRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var counts = (args.ElementAtOrDefault(1) ?? "500,4000").Split(',').Select(int.Parse).ToList();
        var root = Path.Combine(Path.GetTempPath(), $"splms-export-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions: 5);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms certificate-export run: {provider}, {string.Join(", ", counts)} certificates, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        // The app runs as in Production, where certificates are printed only once the public address is set.
        Environment.SetEnvironmentVariable("Certificates__PublicBaseAddress", "https://lms.example.test");
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();
        var exit = 0;
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
            {
                Timeout = TimeSpan.FromMinutes(30),
            };
            var administrator = await LoadRunner.SignInAsync(new Browser(http, app.ClientOptions.BaseAddress), await AdministratorAsync(app.Services));
            foreach (var count in counts)
            {
                var cohortId = await CertifiedCohortAsync(app.Services, count);
                foreach (var format in new[] { "zip", "pdf" })
                    exit |= await DownloadAsync(administrator, $"/exports/certificates.{format}?cohort={cohortId}", count, format);
            }
        }
        finally
        {
            await app.DisposeAsync();
            await LoadRunner.CleanUpAsync(root, postgres, database);
        }
        return exit;
    }

    static async Task<int> DownloadAsync(Browser administrator, string path, int count, string format)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = Memory.Resident();
        Memory.ResetPeak();
        var heapBefore = GC.GetGCMemoryInfo(GCKind.Any).Index;
        var (status, firstByte, total, bytes) = await administrator.DownloadAsync(path);
        var peak = Memory.Peak();
        var heapPeak = PeakHeapSince(heapBefore);
        if (status != HttpStatusCode.OK)
        {
            Console.WriteLine($"{count,6} as {format}: refused with {(int)status} after {total:0.00} s");
            return format == "pdf" && count > SmartPolicingLms.Web.Features.CertificateExport.CertificatesMergedPdf.MostPages ? 0 : 1;
        }
        var rate = count / total;
        Console.WriteLine($"{count,6} as {format}: {total:0.00} s, {rate:0} certificates/s ({(rate >= 300 ? "met" : "NOT met")}), " +
            $"first byte {firstByte * 1000:0} ms ({(firstByte < 1 ? "met" : "NOT met")}), {bytes / 1048576.0:0.0} MB, " +
            // The resident size before includes what seeding left behind (the GC keeps memory it once took), so the
            // growth during the download is printed too.
            $"peak resident {peak / 1048576.0:0} MB ({(peak < 300L * 1048576 ? "met" : "NOT met")}; {baseline / 1048576.0:0} MB before, " +
            $"+{(peak - baseline) / 1048576.0:0} MB during), " +
            $"managed heap peak {heapPeak / 1048576.0:0} MB");
        return 0;
    }

    // The largest heap any garbage collection since `after` found before collecting.
    static long PeakHeapSince(long after)
    {
        var peak = 0L;
        foreach (var kind in new[] { GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background })
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index > after)
                peak = Math.Max(peak, info.GenerationInfo.ToArray().Sum(g => g.SizeBeforeBytes));
        }
        return peak;
    }

    static async Task<Recruit> AdministratorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"administrator-{Guid.NewGuid():N}@load.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Export administrator", CreatedAt = DateTime.UtcNow };
        foreach (var result in new[] { await users.CreateAsync(user, Seed.Password), await users.AddToRoleAsync(user, Roles.Administrator) })
            if (!result.Succeeded)
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return new Recruit(email, Seed.Password);
    }

    // A cohort whose recruits all hold a certificate, issued as closing the cohort issues them.
    static async Task<int> CertifiedCohortAsync(IServiceProvider services, int recruits)
    {
        var (cohortId, _, _) = await RollCallRunner.SeedAsync(services, recruits);
        var (enrollments, by) = await CertificateRunner.EnrollmentsAsync(services, cohortId);
        await CertificateRunner.SignAsync(services, cohortId, by);
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
            .SettleAsync(enrollments.ToDictionary(e => e, _ => true), by, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Console.WriteLine($"Issued {recruits} certificates in {clock.Elapsed.TotalSeconds:0.0} s");
        return cohortId;
    }
}
