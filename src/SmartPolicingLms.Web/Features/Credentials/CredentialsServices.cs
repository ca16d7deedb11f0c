namespace SmartPolicingLms.Web.Features.Credentials;

internal static class CredentialsServices
{
    public static IServiceCollection AddCredentials(this IServiceCollection services)
    {
        services.AddScoped<SigningKeys>();
        services.AddScoped<DownloadCredential>();
        services.AddScoped<RotateSigningKey>();
        return services;
    }
}
