namespace SmartPolicingLms.Curricula.Model;

/// <summary>One module of a course, from one file in <c>modules/</c>.</summary>
/// <param name="Id">Stable id, unique within the course.</param>
/// <param name="Number">Position in teaching order, starting at 1.</param>
/// <param name="Title">Title shown to people.</param>
/// <param name="Hours">Teaching hours, in the course's hour length.</param>
/// <param name="Delivery">How it is taught.</param>
/// <param name="Objectives">Learning objectives, each measured by questions of the bank.</param>
/// <param name="Slots">Co-trainer slots every session of this module carries.</param>
/// <param name="Html">The rendered body as recruits see it, without instructor-only blocks (see <see cref="HtmlFor"/>).</param>
/// <param name="SourcePath">File path relative to the course folder.</param>
public sealed record Module(
    string Id,
    int Number,
    string Title,
    decimal Hours,
    Delivery Delivery,
    IReadOnlyList<LearningObjective> Objectives,
    IReadOnlyList<CoTrainerSlot> Slots,
    string Html,
    string SourcePath)
{
    /// <summary>The rendered body with its instructor-only blocks (<c>::: instructor</c>, <c>::: plan</c>), labelled "For instructors".</summary>
    public string InstructorHtml { get => field ?? Html; init; }

    /// <summary>The rendered body as the given viewer may see it. Recruits never get instructor-only blocks.</summary>
    public string HtmlFor(Viewer viewer) => viewer == Viewer.Instructor ? InstructorHtml : Html;

    /// <summary>The legal claims the module makes, in the order of its front matter.</summary>
    public IReadOnlyList<LegalClaim> LegalClaims { get; init; } = [];

    /// <summary>True while any claim of the module awaits local legal review.</summary>
    public bool NeedsLegalReview => LegalClaims.Any(c => c.IsPending);

    /// <summary>The module's session plan; null when it has no <c>::: plan</c> block.</summary>
    public SessionPlan? Plan { get; init; }
}

/// <summary>How a module is taught.</summary>
public enum Delivery
{
    /// <summary>An instructor presents; questions and discussion.</summary>
    Lecture,
    /// <summary>Participatory: cases, role plays, discussion with community co-trainers.</summary>
    Workshop,
    /// <summary>Read alone; no session. A recruit marks it done.</summary>
    SelfStudy,
    /// <summary>A visit to a service, such as a drop-in centre or a needle and syringe programme.</summary>
    FieldVisit,
}

/// <summary>Helpers on <see cref="Delivery"/>.</summary>
public static class DeliveryExtensions
{
    /// <summary>True when the module is taught in scheduled sessions (everything but self-study).</summary>
    public static bool IsContact(this Delivery delivery) => delivery != Delivery.SelfStudy;
}

/// <summary>A learning objective of a module.</summary>
/// <param name="Id">Stable id, unique within the course.</param>
/// <param name="Text">What the learner will be able to do.</param>
/// <param name="ModuleId">The module it belongs to.</param>
public sealed record LearningObjective(string Id, string Text, string ModuleId);

/// <summary>A seat in every session of a module reserved for a member of a community.</summary>
/// <param name="Community">Which community the seat is reserved for.</param>
/// <param name="Role">What the person does in the session.</param>
public sealed record CoTrainerSlot(Community Community, SlotRole Role);

/// <summary>The community a co-trainer slot is reserved for. A property of the slot, never of a person.</summary>
public enum Community
{
    /// <summary>Reserved for sex workers.</summary>
    SexWorkers,
    /// <summary>Reserved for people who use drugs.</summary>
    PeopleWhoUseDrugs,
    /// <summary>Either community.</summary>
    Either,
}

/// <summary>The role of a community member in a session.</summary>
public enum SlotRole
{
    /// <summary>Teaches beside the police instructor.</summary>
    CoTrainer,
    /// <summary>Leads the session, as sex worker master trainers did in Andhra Pradesh.</summary>
    LeadTrainer,
}
