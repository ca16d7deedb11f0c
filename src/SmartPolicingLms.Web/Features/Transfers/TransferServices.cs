namespace SmartPolicingLms.Web.Features.Transfers;

internal static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        services.AddScoped<TransferForm>();
        services.AddScoped<TransferRecruit.Handler>();
        return services;
    }
}
