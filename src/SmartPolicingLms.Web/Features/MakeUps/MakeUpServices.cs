namespace SmartPolicingLms.Web.Features.MakeUps;

internal static class MakeUpServices
{
    public static IServiceCollection AddMakeUps(this IServiceCollection services)
    {
        services.AddScoped<MakeUpSession>();
        services.AddScoped<MoveIntoMakeUp.Handler>();
        return services;
    }
}
