namespace SmartPolicingLms.Web.Features.Transfers;

internal static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {

        return services;
    }
}
