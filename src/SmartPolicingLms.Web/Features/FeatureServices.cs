using FluentValidation;
using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Web.Features.CourseImport;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Features.Institutions;

namespace SmartPolicingLms.Web.Features;

// Every use case is a plain class registered here by hand, so a reader can see what exists.
internal static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<Audit.AuditLog>();

        services.AddScoped<TemporaryPassword>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<ListAccounts>();
        services.AddScoped<CreateAccount.Handler>();
        services.AddScoped<IValidator<CreateAccount.Command>, CreateAccount.Validator>();
        services.AddScoped<UnlockAccount>();
        services.AddScoped<ResetSignIn>();

        services.AddScoped<SetOwnPassword.Handler>();
        services.AddScoped<IValidator<SetOwnPassword.Command>, SetOwnPassword.Validator>();

        services.AddScoped<ListInstitutions>();
        services.AddScoped<CreateInstitution.Handler>();
        services.AddScoped<IValidator<CreateInstitution.Command>, CreateInstitution.Validator>();
        services.AddScoped<EditInstitution.Query>();
        services.AddScoped<EditInstitution.Handler>();
        services.AddScoped<IValidator<EditInstitution.Command>, EditInstitution.Validator>();

        services.AddScoped<ImportCourses>();
        services.AddScoped<ShowImportReport>();

        services.AddScoped<ListCourses>();
        services.AddScoped<ShowCourse>();
        services.AddScoped<ShowVersion>();
        services.AddScoped<ShowModule>();

        services.AddScoped<Partners.ListOrganisations>();
        services.AddScoped<Partners.ShowOrganisation>();
        services.AddScoped<Partners.ShowContact>();
        services.AddScoped<Partners.CreateOrganisation.Handler>();
        services.AddScoped<IValidator<Partners.CreateOrganisation.Command>, Partners.CreateOrganisation.Validator>();
        services.AddScoped<Partners.EditOrganisation.Query>();
        services.AddScoped<Partners.EditOrganisation.Handler>();
        services.AddScoped<IValidator<Partners.EditOrganisation.Command>, Partners.EditOrganisation.Validator>();
        services.AddScoped<Partners.CreateCoTrainer.Handler>();
        services.AddScoped<IValidator<Partners.CreateCoTrainer.Command>, Partners.CreateCoTrainer.Validator>();
        services.AddScoped<Partners.EditCoTrainer.Query>();
        services.AddScoped<Partners.EditCoTrainer.Handler>();
        services.AddScoped<IValidator<Partners.EditCoTrainer.Command>, Partners.EditCoTrainer.Validator>();
        services.AddScoped<Partners.RemoveCoTrainer>();

        services.AddScoped<Calendar.FeedSessions>();
        services.AddScoped<Calendar.CohortCalendar.Query>();
        services.AddScoped<Calendar.CohortCalendar.ReplaceHandler>();
        services.AddScoped<Calendar.InstructorCalendarLink>();

        services.AddScoped<Audit.ListAuditEntries>();

        // Registered after the database initializer (AddLmsDatabase), so it seeds once migrations and import are done.
        services.AddScoped<Demo.DemoData>();
        services.AddScoped<Demo.DemoPartners>();
        services.AddScoped<Demo.DemoCohorts>();
        services.AddHostedService<Demo.DemoSeeder>();

        services.AddScoped<Cohorts.CohortAccess>();
        services.AddScoped<Cohorts.InstitutionInstructors>();
        services.AddScoped<Cohorts.ScheduleReview>();
        services.AddScoped<Cohorts.SessionClashes>();
        services.AddScoped<Cohorts.SessionChecks>();
        services.AddScoped<Cohorts.CoTrainerBookings>();
        services.AddScoped<Cohorts.SlotChange>();
        services.AddScoped<Cohorts.ListCohorts>();
        services.AddScoped<Cohorts.ShowCohort>();
        services.AddScoped<Cohorts.CreateCohort.Query>();
        services.AddScoped<Cohorts.CreateCohort.Handler>();
        services.AddScoped<IValidator<Cohorts.CreateCohort.Command>, Cohorts.CreateCohort.Validator>();
        services.AddScoped<Cohorts.EditCohort.Query>();
        services.AddScoped<Cohorts.EditCohort.Handler>();
        services.AddScoped<IValidator<Cohorts.EditCohort.Command>, Cohorts.EditCohort.Validator>();
        services.AddScoped<Cohorts.ChangeCohortState.Handler>();
        services.AddScoped<IValidator<Cohorts.ChangeCohortState.Command>, Cohorts.ChangeCohortState.Validator>();
        services.AddScoped<Cohorts.SessionForm>();
        services.AddScoped<Cohorts.ScheduleSession.Handler>();
        services.AddScoped<IValidator<Cohorts.ScheduleSession.Command>, Cohorts.ScheduleSession.Validator>();
        services.AddScoped<Cohorts.RescheduleSession.Handler>();
        services.AddScoped<IValidator<Cohorts.RescheduleSession.Command>, Cohorts.RescheduleSession.Validator>();
        services.AddScoped<Cohorts.RemoveSession.Handler>();
        services.AddScoped<Cohorts.ScheduleForm>();
        services.AddScoped<Cohorts.DraftSchedule.Handler>();
        services.AddScoped<IValidator<Cohorts.DraftSchedule.Command>, Cohorts.DraftSchedule.Validator>();
        services.AddScoped<Cohorts.ShowSlot>();
        services.AddScoped<Cohorts.FillSlot.Handler>();
        services.AddScoped<IValidator<Cohorts.FillSlot.Command>, Cohorts.FillSlot.Validator>();
        services.AddScoped<Cohorts.WaiveSlot.Handler>();
        services.AddScoped<IValidator<Cohorts.WaiveSlot.Command>, Cohorts.WaiveSlot.Validator>();
        services.AddScoped<Cohorts.ReopenSlot.Handler>();

        services.AddSingleton<Tests.QuestionBank>();
        services.AddScoped<Tests.Sittings>();
        services.AddScoped<Tests.StartTest.Query>();
        services.AddScoped<Tests.StartTest.Handler>();
        services.AddScoped<IValidator<Tests.StartTest.Command>, Tests.StartTest.Validator>();
        services.AddScoped<Tests.AnswerQuestion.Query>();
        services.AddScoped<Tests.AnswerQuestion.Handler>();
        services.AddScoped<IValidator<Tests.AnswerQuestion.Command>, Tests.AnswerQuestion.Validator>();
        services.AddScoped<Tests.ReviewTest.Query>();
        services.AddScoped<Tests.SubmitTest.Handler>();
        services.AddScoped<IValidator<Tests.SubmitTest.Command>, Tests.SubmitTest.Validator>();
        services.AddScoped<Tests.TestControls>();
        services.AddScoped<Tests.ShowCohortTests>();
        services.AddScoped<Tests.ShowRecruitTests>();
        services.AddScoped<Tests.OpenPostTest.Handler>();
        services.AddScoped<Tests.ExtendPreTest.Handler>();
        services.AddScoped<IValidator<Tests.ExtendPreTest.Command>, Tests.ExtendPreTest.Validator>();
        services.AddScoped<Tests.WaivePreTest.Handler>();
        services.AddScoped<IValidator<Tests.WaivePreTest.Command>, Tests.WaivePreTest.Validator>();
        services.AddScoped<Tests.GrantRetake.Handler>();
        services.AddScoped<Tests.EnterPaperTest.Query>();
        services.AddScoped<Tests.EnterPaperTest.Handler>();
        services.AddScoped<CohortResults.ShowResults>();
        services.AddScoped<Enrolment.RosterMatching>();
        services.AddScoped<Enrolment.RecruitAccounts>();
        services.AddScoped<Enrolment.ImportRoster.Handler>();
        services.AddScoped<IValidator<Enrolment.RosterRow>, Enrolment.ImportRoster.RowValidator>();
        services.AddScoped<Enrolment.ListRecruits>();
        services.AddScoped<Enrolment.RecruitInCohort>();
        services.AddScoped<Enrolment.IssueSignInCode.Handler>();
        services.AddScoped<Enrolment.WithdrawRecruit.Handler>();
        services.AddScoped<Enrolment.ChangeJoinCode.Handler>();
        services.AddScoped<Enrolment.JoinCohort.Handler>();
        services.AddScoped<IValidator<Enrolment.JoinCohort.Command>, Enrolment.JoinCohort.Validator>();
        services.AddScoped<Enrolment.SignInWithCode.Handler>();
        services.AddScoped<IValidator<Enrolment.SignInWithCode.Command>, Enrolment.SignInWithCode.Validator>();

        services.AddScoped<Learning.RecruitEnrolment>();
        services.AddScoped<Learning.ShowRecruitHome>();
        services.AddScoped<Learning.ShowLearningModule>();
        services.AddScoped<Learning.MarkModuleRead.Handler>();
        // Attendance and completion: each folder registers its own use cases.
        Attendance.AttendanceServices.AddAttendance(services);
        AttendanceSheets.AttendanceSheetServices.AddAttendanceSheets(services);
        MakeUps.MakeUpServices.AddMakeUps(services);
        Transfers.TransferServices.AddTransfers(services);
        Completion.CompletionServices.AddCompletion(services);
        CohortBoard.CohortBoardServices.AddCohortBoard(services);

        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCourseFiles();
        Calendar.ServeCalendarFeeds.MapCalendarFeeds(endpoints);
        AttendanceSheets.ServeAttendanceSheets.MapAttendanceSheets(endpoints);
        return endpoints;
    }
}
