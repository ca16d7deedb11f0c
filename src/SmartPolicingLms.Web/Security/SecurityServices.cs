namespace SmartPolicingLms.Web.Security;

internal static class SecurityServices
{
    // The person asking and the access rules every feature asks; CurrentPersonMiddleware fills the person.
    public static IServiceCollection AddCurrentPerson(this IServiceCollection services)
    {
        services.AddScoped<CurrentPerson>();
        services.AddScoped<CohortAccess>();
        services.AddScoped<InstitutionAccess>();
        return services;
    }
}
