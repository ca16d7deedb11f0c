using System.Globalization;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Text;

// The words people read for the curriculum's enums, in the reader's language.
internal static class CatalogueText
{
    static readonly IStringLocalizer T = Localizers.For<TextStrings>();

    // Written as the reader's culture writes numbers ("1.5" in English, "1,5" in Russian and Kyrgyz).
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Of(Delivery delivery) => delivery switch
    {
        Delivery.Lecture => T["Lecture"],
        Delivery.Workshop => T["Workshop"],
        Delivery.SelfStudy => T["Self-study"],
        Delivery.FieldVisit => T["Field visit"],
        _ => delivery.ToString(),
    };

    public static string Of(Community community) => community switch
    {
        Community.SexWorkers => T["Sex workers"],
        Community.PeopleWhoUseDrugs => T["People who use drugs"],
        Community.Either => T["Sex workers or people who use drugs"],
        _ => community.ToString(),
    };

    public static string Of(SlotRole role) => role switch
    {
        SlotRole.CoTrainer => T["Co-trainer"],
        SlotRole.LeadTrainer => T["Lead trainer"],
        _ => role.ToString(),
    };

    public static string Of(Audience audience) => audience switch
    {
        Audience.Cadets => T["Cadets"],
        Audience.Recruits => T["Recruits"],
        Audience.InServiceOfficers => T["In-service officers"],
        _ => audience.ToString(),
    };

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => T["Single choice"],
        QuestionKind.MultipleChoice => T["Multiple choice"],
        QuestionKind.TrueFalse => T["True or false"],
        QuestionKind.ShortAnswer => T["Short answer"],
        QuestionKind.Numerical => T["Numerical"],
        QuestionKind.Matching => T["Matching"],
        QuestionKind.Attitude => T["Attitude (not scored)"],
        _ => kind.ToString(),
    };
}
