namespace SmartPolicingLms.Web.Features.MakeUps;

internal static class MakeUpServices
{
    public static IServiceCollection AddMakeUps(this IServiceCollection services)
    {
        services.AddScoped<MakeUpSession>();
        services.AddScoped<MakeUpSeats>();
        services.AddScoped<MoveIntoMakeUp.Handler>();
        services.AddScoped<TakeOutOfMakeUp.Handler>();
        return services;
    }
}
