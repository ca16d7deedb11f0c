using FluentValidation;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal static class CohortsServices
{
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddScoped<InstitutionInstructors>();
        services.AddScoped<ScheduleReview>();
        services.AddScoped<PlanBreaks>();
        services.AddScoped<SessionClashes>();
        services.AddScoped<SessionChecks>();
        services.AddScoped<PastStarts>();
        services.AddScoped<CoTrainerBookings>();
        services.AddScoped<SlotChange>();
        services.AddScoped<ListCohorts>();
        services.AddScoped<ShowCohort>();
        services.AddScoped<CreateCohort.Query>();
        services.AddScoped<CreateCohort.Handler>();
        services.AddScoped<IValidator<CreateCohort.Command>, CreateCohort.Validator>();
        services.AddScoped<EditCohort.Query>();
        services.AddScoped<EditCohort.Handler>();
        services.AddScoped<IValidator<EditCohort.Command>, EditCohort.Validator>();
        services.AddScoped<ChangeCohortState.Handler>();
        services.AddScoped<IValidator<ChangeCohortState.Command>, ChangeCohortState.Validator>();
        services.AddScoped<SessionForm>();
        services.AddScoped<ScheduleSession.Handler>();
        services.AddScoped<IValidator<ScheduleSession.Command>, ScheduleSession.Validator>();
        services.AddScoped<RescheduleSession.Handler>();
        services.AddScoped<IValidator<RescheduleSession.Command>, RescheduleSession.Validator>();
        services.AddScoped<RemoveSession.Handler>();
        services.AddScoped<ScheduleForm>();
        services.AddScoped<DraftSchedule.Handler>();
        services.AddScoped<IValidator<DraftSchedule.Command>, DraftSchedule.Validator>();
        services.AddScoped<SlotChoices>();
        services.AddScoped<ShowSlot>();
        services.AddScoped<FillSlot.Rule>();
        services.AddScoped<FillSlot.Handler>();
        services.AddScoped<IValidator<FillSlot.Command>, FillSlot.Validator>();
        services.AddScoped<WaiveSlot.Handler>();
        services.AddScoped<IValidator<WaiveSlot.Command>, WaiveSlot.Validator>();
        services.AddScoped<ReopenSlot.Handler>();
        services.AddScoped<FillAllSlots.Query>();
        services.AddScoped<FillAllSlots.Handler>();
        return services;
    }
}
