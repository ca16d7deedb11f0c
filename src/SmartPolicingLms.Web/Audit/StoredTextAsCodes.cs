using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Audit;

// The second half of the StoredTextAsCodes migration: entries written before codes kept their subject and action in
// English (the migration moved that text to SubjectAsWritten and ActionAsWritten). This step, run at start-up right
// after migrating and before anything reads the log, reads that English by the patterns the writers used and stores
// codes and parameters instead. Text no pattern matches stays where it is and is shown as written. Idempotent: it
// only looks at entries still marked AsWritten with text.
internal sealed partial class StoredTextAsCodes(AppDbContext db, ILogger<StoredTextAsCodes> logger) : IStartupStep
{
    public int Order => -10;

    static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task RunAsync(CancellationToken ct)
    {
        var converted = 0;
        var left = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEntries
                .Where(e => e.Id > after && ((e.Subject == AuditSubject.AsWritten && e.SubjectAsWritten != null)
                                             || (e.Action == AuditAction.AsWritten && e.ActionAsWritten != null)))
                .OrderBy(e => e.Id).Take(500)
                .Select(e => new { e.Id, e.Subject, e.SubjectAsWritten, e.Action, e.ActionAsWritten }).ToListAsync(ct);
            if (batch.Count == 0)
                break;
            after = batch[^1].Id;
            foreach (var row in batch)
            {
                var topic = row.Subject == AuditSubject.AsWritten && row.SubjectAsWritten is { } s ? Subject(s) : null;
                AuditAction? action = row.Action == AuditAction.AsWritten && row.ActionAsWritten is { } a && Action(a) is { } known ? known : null;
                if (topic is null && action is null)
                {
                    left++;
                    continue;
                }
                converted++;
                if (topic is not null)
                {
                    var arguments = topic.Arguments.Count == 0 ? null : JsonSerializer.Serialize(topic.Arguments, Json);
                    await db.AuditEntries.Where(e => e.Id == row.Id).ExecuteUpdateAsync(u => u
                        .SetProperty(e => e.Subject, topic.Subject)
                        .SetProperty(e => e.SubjectArguments, arguments)
                        .SetProperty(e => e.SubjectAsWritten, (string?)null), ct);
                }
                if (action is { } code)
                    await db.AuditEntries.Where(e => e.Id == row.Id).ExecuteUpdateAsync(u => u
                        .SetProperty(e => e.Action, code)
                        .SetProperty(e => e.ActionAsWritten, (string?)null), ct);
            }
        }
        if (converted + left > 0)
            logger.LogInformation("Audit entries stored in English: {Converted} converted to codes, {Left} kept as written", converted, left);
    }

    // The subject an English text stood for, or null when no writer produced it.
    public static AuditTopic? Subject(string text)
    {
        if (Fixed.TryGetValue(text, out var subject))
            return new AuditTopic(subject);
        if (SessionPattern().Match(text) is { Success: true } session)
            return new AuditTopic(AuditSubject.Session, [session.Groups[1].Value, session.Groups[2].Value]);
        if (SlotPattern().Match(text) is { Success: true } slot)
            return new AuditTopic(AuditSubject.Slot, [slot.Groups[1].Value, slot.Groups[2].Value]);
        if (InstitutionPattern().Match(text) is { Success: true } institution)
            return new AuditTopic(AuditSubject.Institution, [institution.Groups[1].Value]);
        if (text.StartsWith(CertificatePrefix, StringComparison.Ordinal) && text.Length > CertificatePrefix.Length && text.IndexOf(' ', CertificatePrefix.Length) < 0)
            return new AuditTopic(AuditSubject.Certificate, [text[CertificatePrefix.Length..]]);
        if (text.StartsWith(PartnerPrefix, StringComparison.Ordinal) && text.Length > PartnerPrefix.Length)
            return new AuditTopic(AuditSubject.PartnerOrganisation, [text[PartnerPrefix.Length..]]);
        // "Training target: {institution}, {course}, {year}" splits only when neither name holds ", ".
        if (TargetPattern().Match(text) is { Success: true } target)
            return new AuditTopic(AuditSubject.TrainingTarget, [target.Groups[1].Value, target.Groups[2].Value, target.Groups[3].Value]);
        return null;
    }

    public static AuditAction? Action(string text) => AuditActionWords.Written.TryGetValue(text, out var action) ? action : null;

    const string CertificatePrefix = "Certificate ";
    const string PartnerPrefix = "Partner organisation ";

    static readonly Dictionary<string, AuditSubject> Fixed = new(StringComparer.Ordinal)
    {
        ["Cohort"] = AuditSubject.Cohort,
        ["Schedule"] = AuditSubject.Schedule,
        ["Recruits"] = AuditSubject.Recruits,
        ["Attendance"] = AuditSubject.Attendance,
        ["Pre-test"] = AuditSubject.PreTest,
        ["Post-test"] = AuditSubject.PostTest,
        ["Account"] = AuditSubject.Account,
        ["Export"] = AuditSubject.Export,
        ["Certificates"] = AuditSubject.Certificates,
        ["Credential signing key"] = AuditSubject.SigningKey,
    };

    // A title cut at 200 characters ends in "…" without its closing quote: it matches none of these and stays as written.
    [GeneratedRegex(@"^Session of module (\d{1,4}) '(.*)'$", RegexOptions.Singleline)]
    private static partial Regex SessionPattern();

    [GeneratedRegex(@"^Co-trainer slot, module (\d{1,4}) '(.*)'$", RegexOptions.Singleline)]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"^Institution '(.*)'$", RegexOptions.Singleline)]
    private static partial Regex InstitutionPattern();

    [GeneratedRegex(@"^Training target: ((?:(?!, ).)+), ((?:(?!, ).)+), (\d{4})$", RegexOptions.Singleline)]
    private static partial Regex TargetPattern();
}
