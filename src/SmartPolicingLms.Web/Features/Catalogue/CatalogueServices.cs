namespace SmartPolicingLms.Web.Features.Catalogue;

internal static class CatalogueServices
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddScoped<ListCourses>();
        services.AddScoped<ShowCourse>();
        services.AddScoped<ShowVersion>();
        services.AddScoped<ShowModule>();
        services.AddScoped<PendingLegalClaims>();
        return services;
    }
}
