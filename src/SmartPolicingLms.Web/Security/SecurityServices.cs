using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmartPolicingLms.Web.Security;

internal static class SecurityServices
{
    // The person asking and the access rules every feature asks; CurrentPersonMiddleware fills the person.
    public static IServiceCollection AddCurrentPerson(this IServiceCollection services)
    {
        services.AddScoped<CurrentPerson>();
        services.AddScoped<CohortAccess>();
        services.AddScoped<InstitutionAccess>();
        // In place of Identity's own, whichever was registered first: a deactivated account cannot sign in.
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<ApplicationUser>, ActiveAccountConfirmation>());
        return services;
    }
}
