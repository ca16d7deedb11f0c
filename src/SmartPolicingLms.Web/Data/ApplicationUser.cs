using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Data;

// Public because the generated Identity components use it. An account holds no legal name, ID number, photo or
// address: a person is known by the name they choose, and nothing here says anything about a community.
public class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";

    // Instructors and recruits belong to one institution; program officers use ProgramOfficerInstitutions instead.
    public int? InstitutionId { get; set; }

    // How a recruit without email is known at their institution (unique there); null for other accounts.
    [PersonalData]
    public string? ServiceNumber { get; set; }

    // Set when an administrator creates the account or resets its sign-in: the temporary password it got
    // must be replaced before the person can do anything else.
    public bool MustSetPassword { get; set; }

    public DateTime CreatedAt { get; set; }

    // The interface language the person chose with the language switch (en, ru, ky); null until they choose, and
    // then their institution's default or their browser's language is used.
    public string? Language { get; set; }
}
