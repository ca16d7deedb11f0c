namespace SmartPolicingLms.Web.Features.Home;

internal static class HomeServices
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<ShowInstructorHome>();
        services.AddScoped<ShowProgramOfficerHome>();
        services.AddScoped<ShowAdministratorHome>();
        return services;
    }
}
