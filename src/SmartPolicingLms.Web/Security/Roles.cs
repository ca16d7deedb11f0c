namespace SmartPolicingLms.Web.Security;

internal static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgramOfficer = nameof(ProgramOfficer);
    public const string Instructor = nameof(Instructor);
    public const string Recruit = nameof(Recruit);

    public static readonly IReadOnlyList<string> All = [Administrator, ProgramOfficer, Instructor, Recruit];

    public static string DisplayName(string role) => role switch
    {
        ProgramOfficer => "Program officer",
        _ => role,
    };

    // Instructors and recruits belong to exactly one institution; program officers may follow several.
    public static bool BelongsToOneInstitution(string role) => role is Instructor or Recruit;
}
