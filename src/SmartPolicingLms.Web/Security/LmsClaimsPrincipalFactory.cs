using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartPolicingLms.Web.Security;

internal sealed class LmsClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string MustSetPasswordClaim = "lms:must-set-password";
    public const string DisplayNameClaim = "lms:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DisplayName.Length > 0)
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.MustSetPassword)
            identity.AddClaim(new Claim(MustSetPasswordClaim, "true"));
        return identity;
    }
}
