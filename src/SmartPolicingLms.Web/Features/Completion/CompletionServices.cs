namespace SmartPolicingLms.Web.Features.Completion;

internal static class CompletionServices
{
    public static IServiceCollection AddCompletion(this IServiceCollection services)
    {
        services.AddScoped<RecruitCompletion>();
        services.AddScoped<CompletionRecords>();
        services.AddScoped<CompletionExplanation>();
        services.AddScoped<IStartupStep, MissingTextAsCodes>();
        services.AddScoped<ShowProgress>();
        services.AddScoped<CloseCohort.Query>();
        services.AddScoped<CloseCohort.Handler>();
        return services;
    }
}
