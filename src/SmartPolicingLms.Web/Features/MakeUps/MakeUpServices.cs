namespace SmartPolicingLms.Web.Features.MakeUps;

internal static class MakeUpServices
{
    public static IServiceCollection AddMakeUps(this IServiceCollection services)
    {

        return services;
    }
}
