using System.Text.Json;
using SmartPolicingLms.Web.Features.AuditTrail;
using SmartPolicingLms.Web.Features.Partners;

namespace SmartPolicingLms.Web.Tests.Partners;

public sealed class PartnerAuditTests
{
    static readonly DateTime Now = new(2027, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void What_the_audit_log_keeps_of_a_co_trainer_holds_neither_their_name_nor_their_contact()
    {
        var coTrainer = CoTrainer.Create(1, "Zarina-7f3c", consentToBeNamed: true, "+996 555 123 456", Now);

        var json = JsonSerializer.Serialize(PartnerAudit.Snapshot(coTrainer));

        Assert.DoesNotContain("Zarina-7f3c", json);
        Assert.DoesNotContain("555", json);
        Assert.Contains("\"NamedToRecruits\":true", json);
        Assert.Contains("\"ContactOnRecord\":true", json);
    }

    [Fact]
    public void What_the_audit_log_keeps_of_an_organisation_says_whether_a_contact_exists_but_not_what_it_is()
    {
        var organisation = PartnerOrganisation.Create("Tais Plus", "KG", PartnerCommunity.SexWorkers, true, "office@taisplus.example", Now);

        var json = JsonSerializer.Serialize(PartnerAudit.Snapshot(organisation));

        Assert.DoesNotContain("office@taisplus.example", json);
        Assert.Contains("\"ContactOnRecord\":true", json);
    }

    [Fact]
    public void A_very_long_organisation_name_still_fits_the_audit_subject() =>
        Assert.Equal(200, PartnerAudit.Subject(new string('x', 300)).Arguments[0].Length);

    [Fact]
    public void An_organisation_change_reads_field_by_field_with_the_changed_fields_marked()
    {
        var before = JsonSerializer.Serialize(new PartnerAudit.OrganisationState("KASH", "KE", "Sex workers", false, false));
        var after = JsonSerializer.Serialize(new PartnerAudit.OrganisationState("KASH", "KE", "Sex workers", true, true));

        var rows = AuditChanges.Compare(before, after);

        Assert.Equal(["Name", "Country", "Community", "Community led", "Contact on record"], rows.Select(r => r.Field));
        Assert.Equal([false, false, false, true, true], rows.Select(r => r.Changed));
        Assert.Equal(("no", "yes"), (rows[3].Before, rows[3].After));
    }

    [Fact]
    public void An_entry_without_before_or_after_has_nothing_to_compare() => Assert.Empty(AuditChanges.Compare(null, null));
}
