namespace SmartPolicingLms.Web.Security;

internal static class Roles
{
    static readonly IStringLocalizer T = Localizers.For<SecurityStrings>();

    public const string Administrator = nameof(Administrator);
    public const string ProgramOfficer = nameof(ProgramOfficer);
    public const string Instructor = nameof(Instructor);
    public const string Recruit = nameof(Recruit);

    public static readonly IReadOnlyList<string> All = [Administrator, ProgramOfficer, Instructor, Recruit];

    // The role's name in the reader's language; the stored name (the constant) never changes.
    public static string DisplayName(string role) => role switch
    {
        Administrator => T["Administrator"],
        ProgramOfficer => T["Program officer"],
        Instructor => T["Instructor"],
        Recruit => T["Recruit"],
        _ => role,
    };

    // Instructors and recruits belong to exactly one institution; program officers may follow several.
    public static bool BelongsToOneInstitution(string role) => role is Instructor or Recruit;
}
