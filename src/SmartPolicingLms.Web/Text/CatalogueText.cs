using System.Globalization;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Text;

// The words people read for the curriculum's enums.
internal static class CatalogueText
{
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Of(Delivery delivery) => delivery switch
    {
        Delivery.SelfStudy => "Self-study",
        Delivery.FieldVisit => "Field visit",
        _ => delivery.ToString(),
    };

    public static string Of(Community community) => community switch
    {
        Community.SexWorkers => "Sex workers",
        Community.PeopleWhoUseDrugs => "People who use drugs",
        Community.Either => "Sex workers or people who use drugs",
        _ => community.ToString(),
    };

    public static string Of(SlotRole role) => role switch
    {
        SlotRole.CoTrainer => "Co-trainer",
        SlotRole.LeadTrainer => "Lead trainer",
        _ => role.ToString(),
    };

    public static string Of(Audience audience) => audience switch
    {
        Audience.InServiceOfficers => "In-service officers",
        _ => audience.ToString(),
    };

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "Single choice",
        QuestionKind.MultipleChoice => "Multiple choice",
        QuestionKind.TrueFalse => "True or false",
        QuestionKind.ShortAnswer => "Short answer",
        QuestionKind.Numerical => "Numerical",
        QuestionKind.Matching => "Matching",
        QuestionKind.Attitude => "Attitude (not scored)",
        _ => kind.ToString(),
    };
}
