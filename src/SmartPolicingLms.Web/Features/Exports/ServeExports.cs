using System.Globalization;
using MiniExcelLibs;

namespace SmartPolicingLms.Web.Features.Exports;

// The program officer's exports, streamed as they are written: the completion register as CSV, XLSX or PDF, and the
// anonymised results dataset. Who may export which cohorts is ReportableCohorts' rule; a scope that cannot be read is
// refused with the reason (400), and one naming anything outside it is not found (404).
internal static class ServeExports
{
    public const AuditAction RegisterAction = AuditAction.RegisterExported;
    public const AuditAction DatasetAction = AuditAction.DatasetExported;

    static readonly IStringLocalizer T = Localizers.For<ExportsStrings>();

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReportLinks.RegisterCsv, RegisterCsvAsync).RequireAuthorization(Policies.Reporters);
        endpoints.MapGet(ReportLinks.RegisterXlsx, RegisterXlsxAsync).RequireAuthorization(Policies.Reporters);
        endpoints.MapGet(ReportLinks.RegisterPdf, RegisterPdfAsync).RequireAuthorization(Policies.Reporters);
        endpoints.MapGet(ReportLinks.Dataset, DatasetAsync).RequireAuthorization(Policies.Reporters);
        return endpoints;
    }

    static Task<IResult> RegisterCsvAsync(HttpContext context, ExportScope scopes, CompletionRegister register, ExportAudit audit,
        CancellationToken ct) =>
        RegisterAsync(context, scopes, register, audit, "csv", "text/csv; charset=utf-8", async (rows, output) =>
        {
            await using var csv = CsvDownload.Writer(output);
            await csv.WriteRecordAsync([.. RegisterRow.Headers], ct);
            await foreach (var row in rows)
            {
                await csv.WriteRecordAsync(row.Cells(), ct);
                // Sent every few hundred lines, so the download starts at once rather than when the writer's buffer fills.
                if (csv.RecordCount % 200 == 0)
                    await csv.FlushAsync(ct);
            }
        }, ct);

    static Task<IResult> RegisterXlsxAsync(HttpContext context, ExportScope scopes, CompletionRegister register, ExportAudit audit,
        CancellationToken ct) =>
        RegisterAsync(context, scopes, register, audit, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            async (rows, output) =>
            {
                await using var body = new HeldSyncWrites(output);
                await MiniExcel.SaveAsAsync(body, RegisterXlsx.Sheet(rows), sheetName: T["Register"], cancellationToken: ct);
                await body.FlushHeldAsync(ct);
            }, ct);

    static Task<IResult> RegisterPdfAsync(HttpContext context, ExportScope scopes, CompletionRegister register, ExportAudit audit,
        TimeProvider clock, CancellationToken ct) =>
        RegisterAsync(context, scopes, register, audit, "pdf", "application/pdf", async (rows, output) =>
        {
            var subtitle = T["Exported {0} (UTC)", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
            await output.WriteAsync(await RegisterPdf.WriteAsync(rows, subtitle, ct), ct);
        }, ct);

    static async Task<IResult> DatasetAsync(HttpContext context, ExportScope scopes, ResultsDataset dataset, ExportAudit audit,
        TimeProvider clock, CancellationToken ct)
    {
        var (covered, refusal) = await scopes.HandleAsync(context.Request.Query, ct);
        if (refusal is not null)
            return refusal.Answer(context);
        var plan = await dataset.PlanAsync(covered!.CohortIds, ct);
        await audit.RecordAsync(DatasetAction,
            new ExportAudit.Entry(covered.Scope.Snapshot(), "zip", plan.Recruits, plan.Included.Count, plan.LeftOut), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Download(context.Response, output => DatasetFile.WriteAsync(output, dataset.RowsAsync(plan, ct), plan, today, ct),
            "application/zip", "results-dataset.zip");
    }

    static async Task<IResult> RegisterAsync(HttpContext context, ExportScope scopes, CompletionRegister register, ExportAudit audit,
        string format, string contentType, Func<IAsyncEnumerable<RegisterRow>, Stream, Task> write, CancellationToken ct)
    {
        var (covered, refusal) = await scopes.HandleAsync(context.Request.Query, ct);
        if (refusal is not null)
            return refusal.Answer(context);
        var count = await register.CountAsync(covered!.CohortIds, ct);
        await audit.RecordAsync(RegisterAction, new ExportAudit.Entry(covered.Scope.Snapshot(), format, count, covered.CohortIds.Count), ct);
        return Download(context.Response, output => write(register.RowsAsync(covered.CohortIds, ct), output), contentType,
            $"completion-register.{format}");
    }

    internal static IResult Download(HttpResponse response, Func<Stream, Task> write, string contentType, string fileName)
    {
        // Recruits' names: no proxy or shared cache may keep a copy.
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(write, contentType, fileName);
    }
}
