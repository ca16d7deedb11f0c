using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Security;

// Identity's RequireUniqueEmail also requires an email, which recruits known only by their service number do not
// have. This keeps the rest of that rule: an email, where there is one, is well formed and no one else's; an account
// without one must have a service number to be known by.
internal sealed class OptionalEmailValidator(IdentityErrorDescriber describer) : IUserValidator<ApplicationUser>
{
    static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
            return string.IsNullOrWhiteSpace(user.ServiceNumber) ? IdentityResult.Failed(describer.InvalidEmail(user.Email)) : IdentityResult.Success;
        if (!EmailFormat.IsValid(user.Email))
            return IdentityResult.Failed(describer.InvalidEmail(user.Email));
        var owner = await manager.FindByEmailAsync(user.Email);
        return owner is not null && owner.Id != user.Id
            ? IdentityResult.Failed(describer.DuplicateEmail(user.Email))
            : IdentityResult.Success;
    }
}
