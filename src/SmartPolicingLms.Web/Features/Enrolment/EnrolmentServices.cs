using FluentValidation;

namespace SmartPolicingLms.Web.Features.Enrolment;

internal static class EnrolmentServices
{
    public static IServiceCollection AddEnrolment(this IServiceCollection services)
    {
        services.AddScoped<RosterMatching>();
        services.AddScoped<RecruitAccounts>();
        services.AddScoped<ImportRoster.Handler>();
        services.AddScoped<IValidator<RosterRow>, ImportRoster.RowValidator>();
        services.AddScoped<ListRecruits>();
        services.AddScoped<RecruitInCohort>();
        services.AddScoped<IssueSignInCode.Handler>();
        services.AddScoped<WithdrawRecruit.Handler>();
        services.AddScoped<ChangeJoinCode.Handler>();
        services.AddScoped<JoinCohort.Handler>();
        services.AddScoped<IValidator<JoinCohort.Command>, JoinCohort.Validator>();
        services.AddScoped<SignInWithCode.Handler>();
        services.AddScoped<IValidator<SignInWithCode.Command>, SignInWithCode.Validator>();
        return services;
    }
}
