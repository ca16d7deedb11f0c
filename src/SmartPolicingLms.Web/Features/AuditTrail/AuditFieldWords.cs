namespace SmartPolicingLms.Web.Features.AuditTrail;

// The one place the fields and the coded values of an entry's before and after are worded. The documents store
// property names and codes (enum names); a field this list does not know reads as its name split into words.
internal static class AuditFieldWords
{
    static readonly IStringLocalizer T = Localizers.For<AuditTrailStrings>();

    public static string Field(string name) => name switch
    {
        "" => "",
        "Name" => T["Name"],
        "CourseVersionId" => T["Course version"],
        "StartDate" => T["Start date"],
        "EndDate" => T["End date"],
        "Capacity" => T["Capacity"],
        "Language" => T["Edition (language)"],
        "DefaultLanguage" => T["Default language"],
        "State" => T["State"],
        "LeadInstructorIds" => T["Lead instructors"],
        "CourseModuleId" => T["Module"],
        "StartsAtUtc" => T["Starts (UTC)"],
        "EndsAtUtc" => T["Ends (UTC)"],
        "Location" => T["Location"],
        "InstructorIds" => T["Instructors"],
        "Coverage" => T["Coverage"],
        "Organisation" => T["Organisation"],
        "CoTrainer" => T["Co-trainer"],
        "WaiverReason" => T["Reason for waiving"],
        "Sessions" => T["Sessions"],
        "Slots" => T["Co-trainer slots"],
        "SlotsDecided" => T["Slots decided"],
        "Completed" => T["Recruits who completed"],
        "NotCompleted" => T["Recruits who did not complete"],
        "SessionsWithoutRollCall" => T["Sessions without a roll call"],
        "Recruit" or "RecruitUserId" => T["Recruit"],
        "ToCohort" => T["To cohort"],
        "FromCohort" => T["From cohort"],
        "SessionId" => T["Session"],
        "Marks" => T["Marks"],
        "Reason" => T["Reason"],
        "Replacement" => T["Replacement"],
        "Created" => T["Accounts created"],
        "Enrolled" => T["Enrolled"],
        "AlreadyEnrolled" => T["Already enrolled"],
        "ExtendedUntil" => T["Extended until"],
        "ExtraAttempts" => T["Extra attempts"],
        "OpenedAt" => T["Opened at"],
        "Attempt" => T["Attempt"],
        "Answered" => T["Questions answered"],
        "ScorePercent" => T["Score (%)"],
        "Community" => T["Community"],
        "Country" => T["Country"],
        "CommunityLed" => T["Community led"],
        "ContactOnRecord" => T["Contact on record"],
        "NamedToRecruits" => T["Named to recruits"],
        "InstitutionId" => T["Institution"],
        "CourseId" => T["Course"],
        "Year" => T["Year"],
        "Officers" => T["Officers"],
        "Delivery" => T["Delivery"],
        "Scope" => T["Scope"],
        "CohortIds" => T["Cohorts"],
        "From" => T["From"],
        "To" => T["To"],
        "Format" => T["Format"],
        "Rows" => T["Rows"],
        "Cohorts" => T["Cohorts"],
        "CohortsLeftOut" => T["Cohorts left out"],
        "Certificates" => T["Certificates"],
        "KeyId" => T["Key"],
        "EnrollmentIds" => T["Enrolments"],
        "Signatories" => T["Signatories"],
        "Title" => T["Title"],
        "Crest" => T["Crest"],
        _ => AuditChanges.Label(name),
    };

    // A coded value of a known field in words; any other value is shown as stored (names, dates, numbers, reasons).
    public static string Value(string field, string value) => (field, value) switch
    {
        ("State", "Draft") => T["Draft"],
        ("State", "Published") => T["Published"],
        ("State", "InProgress") => T["In progress"],
        ("State", "Completed") => T["Completed"],
        ("State", "Cancelled") => T["Cancelled"],
        ("Coverage", "Open") => T["Open"],
        ("Coverage", "FilledByOrganisation") => T["Filled by an organisation"],
        ("Coverage", "Named") => T["Filled, co-trainer named"],
        ("Coverage", "Waived") => T["Waived"],
        // "a named co-trainer": what entries held before codes.
        ("CoTrainer", "Named" or "a named co-trainer") => T["a named co-trainer"],
        ("Community", "SexWorkers" or "Sex workers") => T["Sex workers"],
        ("Community", "PeopleWhoUseDrugs" or "People who use drugs") => T["People who use drugs"],
        ("Community", "Both" or "Sex workers and people who use drugs") => T["Sex workers and people who use drugs"],
        ("Delivery", "Delivered") => T["Delivered"],
        ("Delivery", "NotDelivered") => T["Not delivered"],
        ("Delivery", "NotRecorded") => T["Not recorded"],
        _ => value,
    };

    public static string Yes => T["yes"];
    public static string No => T["no"];
    public static string None => T["(none)"];
}
