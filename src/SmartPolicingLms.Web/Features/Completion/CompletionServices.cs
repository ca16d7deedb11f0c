namespace SmartPolicingLms.Web.Features.Completion;

internal static class CompletionServices
{
    public static IServiceCollection AddCompletion(this IServiceCollection services)
    {
        services.AddScoped<RecruitCompletion>();
        return services;
    }
}
