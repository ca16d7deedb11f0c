using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.AttendanceSheets;
using SmartPolicingLms.Web.Features.AuditTrail;
using SmartPolicingLms.Web.Features.Calendar;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Web.Features.CertificateExport;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Features.CohortBoard;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Features.CourseImport;
using SmartPolicingLms.Web.Features.Credentials;
using SmartPolicingLms.Web.Features.Demo;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Features.Exports;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Features.Home;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Features.Learning;
using SmartPolicingLms.Web.Features.MakeUps;
using SmartPolicingLms.Web.Features.Partners;
using SmartPolicingLms.Web.Features.Reports;
using SmartPolicingLms.Web.Features.Transfers;

namespace SmartPolicingLms.Web.Features;

// Each feature folder registers its own use cases (its XServices file); this only lists the folders.
internal static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services) => services
        .AddAccounts()
        .AddFirstSignIn()
        .AddInstitutions()
        .AddCourseImport()
        .AddCatalogue()
        .AddPartners()
        .AddCalendar()
        .AddAuditTrail()
        .AddDemo()
        .AddCohorts()
        .AddAssessments()
        .AddCohortResults()
        .AddEnrolment()
        .AddLearning()
        .AddAttendance()
        .AddAttendanceSheets()
        .AddMakeUps()
        .AddTransfers()
        .AddCompletion()
        .AddCohortBoard()
        .AddCertificates()
        .AddCertificateExport()
        .AddCredentials()
        .AddReports()
        .AddExports()
        .AddHome();

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCourseFiles();
        endpoints.MapCalendarFeeds();
        endpoints.MapAttendanceSheets();
        endpoints.MapCertificates();
        endpoints.MapCertificateExports();
        endpoints.MapCredentials();
        endpoints.MapExports();
        return endpoints;
    }
}
