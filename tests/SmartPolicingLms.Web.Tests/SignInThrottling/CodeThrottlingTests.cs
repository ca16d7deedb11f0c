using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.SignInThrottling;

public abstract class CodeThrottlingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Wrong_codes_from_one_address_do_not_stop_the_recruit_signing_in_from_another()
    {
        var (sn, code) = await OneRecruitAsync();
        var attacker = NewVisitor();

        await FailAsync(attacker, sn, SignInLimits.FreeFailures + 3);
        var attackerWithTheRightCode = await attacker.FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(attacker, sn, code));
        var recruit = await EnrolmentWorld.SignInWithCodeAsync(NewVisitor(), sn, code);

        Assert.Contains("Too many failed tries with this name from your network", attackerWithTheRightCode.Text);
        Assert.Equal("/first-sign-in", Visitor.RedirectPath(recruit));
    }

    [SkippableFact]
    public async Task Too_many_wrong_codes_read_the_same_for_a_service_number_with_a_code_and_one_without()
    {
        var (sn, _) = await OneRecruitAsync();
        var (atReal, atUnknown) = (NewVisitor(), NewVisitor());

        for (var attempt = 0; attempt <= SignInLimits.FreeFailures + 1; attempt++)
        {
            var forReal = await atReal.FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(atReal, sn, "AAAA-BBBB-CCCC-DDDD-EEEE"));
            var forUnknown = await atUnknown.FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(atUnknown, "NO-SUCH-NUMBER", "AAAA-BBBB-CCCC-DDDD-EEEE"));

            Assert.Equal(forUnknown.Status, forReal.Status);
            Assert.Equal(forUnknown.SummaryMessages, forReal.SummaryMessages);
            Assert.Equal(forUnknown.Text, forReal.Text);
        }
    }

    async Task<(string ServiceNumber, string Code)> OneRecruitAsync()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = $"SN-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var sheet = await world.ImportAsync($"name,service number\nAma Mensah,{sn}\n");
        return (sn, EnrolmentWorld.Slips(sheet).Single().Code!);
    }

    static async Task FailAsync(Visitor visitor, string serviceNumber, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
            await EnrolmentWorld.SignInWithCodeAsync(visitor, serviceNumber, $"WRONG-{attempt}");
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CodeThrottlingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CodeThrottlingTests(factory), IClassFixture<PostgresLmsFactory>;
}
