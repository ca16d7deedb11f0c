using FluentValidation;

namespace SmartPolicingLms.Web.Features.Assessments;

internal static class AssessmentsServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddSingleton<QuestionBank>();
        services.AddScoped<Sittings>();
        services.AddScoped<StartTest.Query>();
        services.AddScoped<StartTest.Handler>();
        services.AddScoped<IValidator<StartTest.Command>, StartTest.Validator>();
        services.AddScoped<AnswerQuestion.Query>();
        services.AddScoped<AnswerQuestion.Handler>();
        services.AddScoped<IValidator<AnswerQuestion.Command>, AnswerQuestion.Validator>();
        services.AddScoped<ReviewTest.Query>();
        services.AddScoped<ShowPostTestAnswers>();
        services.AddScoped<SubmitTest.Handler>();
        services.AddScoped<IValidator<SubmitTest.Command>, SubmitTest.Validator>();
        services.AddScoped<TestControls>();
        services.AddScoped<ShowCohortTests>();
        services.AddScoped<ShowRecruitTests>();
        services.AddScoped<OpenPostTest.Handler>();
        services.AddScoped<ExtendPreTest.Handler>();
        services.AddScoped<IValidator<ExtendPreTest.Command>, ExtendPreTest.Validator>();
        services.AddScoped<WaivePreTest.Handler>();
        services.AddScoped<IValidator<WaivePreTest.Command>, WaivePreTest.Validator>();
        services.AddScoped<GrantRetake.Handler>();
        services.AddScoped<EnterPaperTest.Query>();
        services.AddScoped<EnterPaperTest.Handler>();
        return services;
    }
}
