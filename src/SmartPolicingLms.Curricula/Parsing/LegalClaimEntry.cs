using System.Globalization;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Yaml;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>One item of a module's <c>legal-claims</c> list as written, before validation.</summary>
internal sealed record LegalClaimEntry(string? Claim, string? Source, string? Review, string? ReviewedBy, string? ReviewedOn, int Line, int Column)
{
    public const string Pending = "pending";

    public static LegalClaimEntry Read(YamlFields item)
    {
        item.RejectUnknown("claim", "source", "review", "reviewed-by", "reviewed-on");
        return new LegalClaimEntry(item.String("claim"), item.String("source"), item.String("review"),
            item.String("reviewed-by"), item.String("reviewed-on"), item.Mapping.Line, item.Mapping.Column);
    }

    /// <summary>What is wrong with the entry's shape, for the author; null when it is a claim with one clear review state.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Claim))
            return "each legal claim needs a 'claim': the statement of law as the module makes it";
        var reviewed = !string.IsNullOrEmpty(ReviewedBy) || !string.IsNullOrEmpty(ReviewedOn);
        if (Review is not null && Review != Pending)
            return $"'review' is '{Review}', but the only value is 'pending'; once a lawyer has reviewed the claim, write 'reviewed-by' and 'reviewed-on' instead";
        if (Review is not null && reviewed)
            return "the claim is both 'review: pending' and reviewed; keep 'review: pending' until it is reviewed, then replace it with 'reviewed-by' and 'reviewed-on'";
        if (Review is null && !reviewed)
            return "the claim needs its review state: 'review: pending', or 'reviewed-by' (who) and 'reviewed-on' (when)";
        if (Review is null && (string.IsNullOrEmpty(ReviewedBy) || string.IsNullOrEmpty(ReviewedOn)))
            return "a reviewed claim needs both 'reviewed-by' (who reviewed it) and 'reviewed-on' (the date, such as 2026-11-30)";
        if (Review is null && ReviewedOnDate is null)
            return $"'reviewed-on' is '{ReviewedOn}'; write the date as year-month-day, such as 2026-11-30";
        return null;
    }

    DateOnly? ReviewedOnDate =>
        DateOnly.TryParseExact(ReviewedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The claim for the model; only for an entry without a <see cref="Problem"/>.</summary>
    public LegalClaim ToClaim() => new(Claim!, string.IsNullOrEmpty(Source) ? null : Source,
        Review == Pending ? null : new LegalReview(ReviewedBy!, ReviewedOnDate!.Value));
}
