namespace SmartPolicingLms.Web.Features.CourseImport;

internal static class CourseImportServices
{
    public static IServiceCollection AddCourseImport(this IServiceCollection services)
    {
        services.AddScoped<ImportCourses>();
        services.AddScoped<ShowImportReport>();
        services.AddScoped<IStartupStep, ImportCoursesOnStart>();
        return services;
    }
}
