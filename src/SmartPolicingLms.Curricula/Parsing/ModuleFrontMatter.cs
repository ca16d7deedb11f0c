using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Yaml;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>The front matter of a module file as written, before validation; absent keys are null.</summary>
internal sealed record ModuleFrontMatter(
    string? Id, string? Title, decimal? Hours, Delivery? Delivery,
    IReadOnlyList<ObjectiveEntry> Objectives, IReadOnlyList<SlotEntry> Slots, bool ObjectivesGiven)
{
    public IReadOnlyList<LegalClaimEntry> LegalClaims { get; init; } = [];

    internal static readonly Dictionary<string, Delivery> Deliveries = new()
    {
        ["lecture"] = Model.Delivery.Lecture,
        ["workshop"] = Model.Delivery.Workshop,
        ["self-study"] = Model.Delivery.SelfStudy,
        ["field-visit"] = Model.Delivery.FieldVisit,
    };

    internal static readonly Dictionary<string, Community> Communities = new()
    {
        ["sex-workers"] = Community.SexWorkers,
        ["people-who-use-drugs"] = Community.PeopleWhoUseDrugs,
        ["either"] = Community.Either,
    };

    internal static readonly Dictionary<string, SlotRole> Roles = new()
    {
        ["co-trainer"] = SlotRole.CoTrainer,
        ["lead-trainer"] = SlotRole.LeadTrainer,
    };

    public static ModuleFrontMatter Read(YamlFields fields)
    {
        fields.RejectUnknown("id", "title", "hours", "delivery", "objectives", "slots", "legal-claims");
        var objectives = fields.ListOfMaps("objectives").Select(o =>
        {
            o.RejectUnknown("id", "text");
            return new ObjectiveEntry(o.String("id"), o.String("text"), o.Mapping.Line, o.Mapping.Column);
        }).ToList();
        var slots = fields.ListOfMaps("slots").Select(s =>
        {
            s.RejectUnknown("community", "role", "count");
            return new SlotEntry(s.Choice("community", Communities), s.Choice("role", Roles), s.Int("count") ?? 1,
                s.Mapping.Line, s.Mapping.Column);
        }).ToList();
        return new ModuleFrontMatter(fields.String("id"), fields.String("title"), fields.Decimal("hours"),
            fields.Choice("delivery", Deliveries), objectives, slots, fields.Mapping["objectives"] is not null)
        {
            LegalClaims = fields.ListOfMaps("legal-claims").Select(LegalClaimEntry.Read).ToList(),
        };
    }
}

internal sealed record ObjectiveEntry(string? Id, string? Text, int Line, int Column);

internal sealed record SlotEntry(Community? Community, SlotRole? Role, int Count, int Line, int Column);
