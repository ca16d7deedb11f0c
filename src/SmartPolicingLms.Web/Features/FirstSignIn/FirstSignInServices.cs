using FluentValidation;

namespace SmartPolicingLms.Web.Features.FirstSignIn;

internal static class FirstSignInServices
{
    public static IServiceCollection AddFirstSignIn(this IServiceCollection services)
    {
        services.AddScoped<SetOwnPassword.Handler>();
        services.AddScoped<IValidator<SetOwnPassword.Command>, SetOwnPassword.Validator>();
        return services;
    }
}
