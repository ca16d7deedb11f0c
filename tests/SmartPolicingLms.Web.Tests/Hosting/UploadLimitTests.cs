using System.Net;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// A file far over every upload limit is answered with what the limit is, not with "antiforgery token not provided".
public sealed class UploadLimitTests(SqliteLmsFactory factory) : LmsTest(factory), IClassFixture<SqliteLmsFactory>
{
    [SkippableFact]
    public async Task A_roster_far_over_the_limit_is_answered_that_the_file_is_too_large_and_what_the_limit_is()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var huge = new byte[(int)UploadLimit.MaxPostBytes + 1];

        var page = await world.UploadAsync(world.Instructor, world.ImportPage, huge);
        var text = page.Text;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("The file is too large", text);
        Assert.Contains($"{UploadLimit.MaxPostBytes / (1024 * 1024)} MB", text);
        Assert.Empty(await world.EnrollmentsAsync());
    }
}
