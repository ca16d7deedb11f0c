namespace SmartPolicingLms.Web.Features.Learning;

internal static class LearningServices
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddScoped<ShowRecruitHome>();
        services.AddScoped<ShowLearningModule>();
        services.AddScoped<MarkModuleRead.Handler>();
        return services;
    }
}
