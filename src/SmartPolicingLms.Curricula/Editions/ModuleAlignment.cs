using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Parsing;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// Checks an edition module against its reference module: the same id, hours, delivery, slots, objective ids, number
/// of legal claims and timed plan steps. Each difference is reported once, at the edition's line. A value that could
/// not be read on either side is reported where it stands and not compared.
/// </summary>
internal static class ModuleAlignment
{
    // renamed: gets each objective id the edition renamed (its key) with the reference's, so the questions that use
    // the new id are not reported again for it.
    public static void Check(ModuleDraft reference, ModuleDraft edition, IDictionary<string, string> renamed, DiagnosticBag diagnostics)
    {
        var (r, e) = (reference.FrontMatter, edition.FrontMatter);
        var fields = edition.Source.Fields!;
        var path = edition.Path;
        var from = $"in {reference.Path}";
        void Differs(string code, string key, string what) =>
            diagnostics.Error(code, path, fields.Where(key).Line, fields.Where(key).Column, what);
        bool Comparable(object? mine, object? theirs, string key) => theirs is not null && (mine is not null || !fields.Has(key));

        if (Comparable(e.Id, r.Id, "id") && (e.Id is null ? null : Ids.Key(e.Id)) != Ids.Key(r.Id!))
            Differs(DiagnosticCodes.EditionModuleIdDiffers, "id",
                $"the module id is {Quote(e.Id)} here but '{r.Id}' {from}; an edition keeps every id of the reference");
        if (Comparable(e.Hours, r.Hours, "hours") && e.Hours != r.Hours)
            Differs(DiagnosticCodes.EditionHoursDiffer, "hours", $"'hours' is {N(e.Hours)} here but {N(r.Hours)} {from}");
        if (Comparable(e.Delivery, r.Delivery, "delivery") && e.Delivery != r.Delivery)
            Differs(DiagnosticCodes.EditionDeliveryDiffers, "delivery",
                $"'delivery' is {Word(ModuleFrontMatter.Deliveries, e.Delivery)} here but {Word(ModuleFrontMatter.Deliveries, r.Delivery)} {from}");
        if (Slots(e) is { } mine && Slots(r) is { } theirs && mine != theirs)
            Differs(DiagnosticCodes.EditionSlotsDiffer, "slots", $"the co-trainer slots are {mine} here but {theirs} {from}");
        if (e.LegalClaims.Count != r.LegalClaims.Count)
            Differs(DiagnosticCodes.EditionLegalClaimsDiffer, "legal-claims",
                $"the module lists {e.LegalClaims.Count} legal claims here but {r.LegalClaims.Count} {from}; translate each claim, in the same order");
        Objectives(reference, edition, renamed, diagnostics);
        PlanAlignment.Check(reference, edition, diagnostics);
    }

    static void Objectives(ModuleDraft reference, ModuleDraft edition, IDictionary<string, string> renamed, DiagnosticBag diagnostics)
    {
        var theirs = reference.FrontMatter.Objectives.Where(o => o.Id is not null).ToList();
        var mine = edition.FrontMatter.Objectives.Where(o => o.Id is not null).ToList();
        var missing = theirs.Where(o => !mine.Any(m => Ids.Key(m.Id!) == Ids.Key(o.Id!))).ToList();
        var extra = mine.Where(o => !theirs.Any(t => Ids.Key(t.Id!) == Ids.Key(o.Id!))).ToList();
        // As many ids missing as there are new ones: each new one stands for a renamed id, reported once where it is.
        if (missing.Count == extra.Count)
        {
            foreach (var (gone, added) in missing.Zip(extra))
            {
                diagnostics.Error(DiagnosticCodes.EditionObjectiveExtra, edition.Path, added.Line, added.Column,
                    $"the objective id is '{added.Id}' here where {reference.Path} has '{gone.Id}' (line {gone.Line}); an edition keeps every id of the reference");
                renamed[Ids.Key(added.Id!)] = Ids.Key(gone.Id!);
            }
            return;
        }
        var (line, column) = edition.Source.Fields!.Where("objectives");
        foreach (var gone in missing)
            diagnostics.Error(DiagnosticCodes.EditionObjectiveMissing, edition.Path, line, column,
                $"the objective '{gone.Id}' of {reference.Path} (line {gone.Line}) is missing here; translate every objective, with its id");
        foreach (var added in extra)
            diagnostics.Error(DiagnosticCodes.EditionObjectiveExtra, edition.Path, added.Line, added.Column,
                $"the objective '{added.Id}' is not in {reference.Path}; an edition has the reference's objectives only");
    }

    // The slots as a session gets them (counts spread out), in a stable order: "2 co-trainer (sex-workers)".
    static string? Slots(ModuleFrontMatter module)
    {
        if (module.Slots.Any(s => s.Community is null || s.Role is null)) return null;
        if (module.Slots.Count == 0) return "none";
        return string.Join(", ", module.Slots
            .GroupBy(s => (s.Role!.Value, s.Community!.Value))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => $"{g.Sum(s => s.Count)} {Word(ModuleFrontMatter.Roles, g.Key.Item1)} ({Word(ModuleFrontMatter.Communities, g.Key.Item2)})"));
    }

    static string Word<T>(Dictionary<string, T> words, T? value) where T : struct =>
        value is null ? "not given" : words.First(w => w.Value.Equals(value.Value)).Key;

    static string Quote(string? id) => id is null ? "not given" : $"'{id}'";

    static string N(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "not given";
}
