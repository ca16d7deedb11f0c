using FluentValidation;

namespace SmartPolicingLms.Web.Features.Accounts;

internal static class AccountsServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<TemporaryPassword>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<IStartupStep>(sp => sp.GetRequiredService<FirstAdministrator>());
        services.AddScoped<ListAccounts>();
        services.AddScoped<CreateAccount.Handler>();
        services.AddScoped<IValidator<CreateAccount.Command>, CreateAccount.Validator>();
        services.AddScoped<UnlockAccount>();
        services.AddScoped<ResetSignIn>();
        services.AddScoped<CloseAccount>();
        services.AddScoped<EditAccount.Handler>();
        services.AddScoped<IValidator<EditAccount.Command>, EditAccount.Validator>();
        services.AddScoped<AccountStateChanges>();
        return services;
    }
}
