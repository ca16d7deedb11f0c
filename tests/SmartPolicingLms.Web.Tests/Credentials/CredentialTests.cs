using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Credentials;

// A certificate downloaded as an Open Badges 3.0 credential, checked the way a wallet or an employer would: its
// signature against the issuer's published keys with an independent JWT library, its shape against 1EdTech's schema,
// and the recruit's identity as a salted hash they can prove and nobody can read.
public abstract class CredentialTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_recruits_credential_verifies_against_the_key_set_the_issuer_profile_names()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);
        var visitor = await world.SignedInAsync(recruit);

        var response = await visitor.GetAsync($"/certificates/{certificate.Id}/credential");
        var token = await response.Content.ReadAsStringAsync();
        var verified = await Tokens.ValidateAsync(NewVisitor(), token);
        var tampered = await Tokens.ValidateAsync(NewVisitor(), WithPayload(token, p => p["credentialSubject"]!["achievement"]!["name"] = "Another course"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"open-badge-{certificate.Serial}.jwt", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(verified.IsValid, verified.Exception?.ToString());
        Assert.False(tampered.IsValid);
        var header = Tokens.Header(token);
        Assert.Equal(("ES256", "JWT"), (Text(header["alg"]), Text(header["typ"])));
        Assert.Equal(await ActiveKeyIdAsync(), Text(header["kid"]));
    }

    [SkippableFact]
    public async Task The_credential_is_an_Open_Badges_achievement_credential_of_what_the_certificate_printed()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);

        var payload = Tokens.Payload(await Tokens.DownloadAsync(await world.SignedInAsync(recruit), certificate.Id));
        var results = OpenBadgesSchema.Evaluate(payload);
        var withoutCriteria = payload.DeepClone();
        withoutCriteria["credentialSubject"]!["achievement"]!.AsObject().Remove("criteria");

        Assert.True(results.IsValid, OpenBadgesSchema.Problems(results));
        Assert.False(OpenBadgesSchema.Evaluate(withoutCriteria).IsValid);
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"], Texts(payload["@context"]));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], Texts(payload["type"]));
        var achievement = payload["credentialSubject"]!["achievement"]!;
        Assert.Equal(("Certificate", certificate.CourseTitle), (Text(achievement["achievementType"]), Text(achievement["name"])));
        var issuer = $"{LmsFactory.PublicBaseAddress}/credentials/issuer";
        Assert.Equal((issuer, certificate.InstitutionName), (Text(payload["issuer"]!["id"]), Text(payload["issuer"]!["name"])));
        Assert.Equal($"{LmsFactory.PublicBaseAddress}/verify/{certificate.VerificationCode}", Text(payload["evidence"]![0]!["id"]));
        var validFrom = DateTimeOffset.Parse(Text(payload["validFrom"]), CultureInfo.InvariantCulture);
        Assert.Equal(certificate.IssuedAt.Ticks / TimeSpan.TicksPerSecond, validFrom.UtcTicks / TimeSpan.TicksPerSecond);
        Assert.Equal((issuer, Text(payload["id"]), validFrom.ToUnixTimeSeconds()),
            (Text(payload["iss"]), Text(payload["jti"]), payload["nbf"]!.GetValue<long>()));
        Assert.StartsWith("urn:uuid:", Text(payload["id"]));
    }

    [SkippableFact]
    public async Task The_criteria_are_the_courses_certificate_statement_and_general_words_stand_in_for_a_course_without_one()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);
        var visitor = await world.SignedInAsync(recruit);
        const string Statement = "Completed the 3-hour course on referring people to harm-reduction services.";

        await SetWordingAsync(certificate.Id, "", "");
        var general = Tokens.Payload(await Tokens.DownloadAsync(visitor, certificate.Id));
        await SetWordingAsync(certificate.Id, "Certificate of attendance", Statement);
        var worded = Tokens.Payload(await Tokens.DownloadAsync(visitor, certificate.Id));

        Assert.Equal(Statement, Text(worded["credentialSubject"]!["achievement"]!["criteria"]!["narrative"]));
        Assert.StartsWith("Certificate of attendance: ", Text(worded["name"]));
        var generalCriteria = Text(general["credentialSubject"]!["achievement"]!["criteria"]!["narrative"]);
        Assert.False(string.IsNullOrWhiteSpace(generalCriteria));
        Assert.NotEqual(Statement, generalCriteria);
        Assert.StartsWith("Certificate of completion: ", Text(general["name"]));
    }

    [SkippableFact]
    public async Task The_recruit_is_named_only_by_a_salted_hash_of_their_email()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);

        var token = await Tokens.DownloadAsync(await world.SignedInAsync(recruit), certificate.Id);
        var identity = Tokens.Payload(token)["credentialSubject"]!["identifier"]![0]!;

        Assert.Equal(("IdentityObject", true, "emailAddress", certificate.CredentialSalt),
            (Text(identity["type"]), identity["hashed"]!.GetValue<bool>(), Text(identity["identityType"]), Text(identity["salt"])));
        Assert.Equal(Sha256(recruit.Email + certificate.CredentialSalt), Text(identity["identityHash"]));
        Assert.DoesNotContain(recruit.Email, token + Tokens.Decoded(token), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(recruit.Email.Split('@')[0], Tokens.Decoded(token), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_recruit_without_email_is_named_by_a_salted_hash_of_their_service_number()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);
        var serviceNumber = $"GPS-{RandomNumberGenerator.GetInt32(100_000, 999_999)}";
        await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == recruit.Id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.Email, (string?)null).SetProperty(x => x.NormalizedEmail, (string?)null)
            .SetProperty(x => x.ServiceNumber, serviceNumber)));

        // The cohort's lead downloads it: the recruit's sign-in name was the address just removed.
        var token = await Tokens.DownloadAsync(await world.SignedInAsync(world.Lead), certificate.Id);
        var identity = Tokens.Payload(token)["credentialSubject"]!["identifier"]![0]!;

        Assert.Equal("identifier", Text(identity["identityType"]));
        Assert.Equal(Sha256(serviceNumber + certificate.CredentialSalt), Text(identity["identityHash"]));
        Assert.DoesNotContain(serviceNumber, token + Tokens.Decoded(token), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task After_a_rotation_earlier_credentials_still_verify_and_new_ones_name_the_new_key()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);
        var visitor = await world.SignedInAsync(recruit);
        var before = await Tokens.DownloadAsync(visitor, certificate.Id);
        var (administrator, person) = await SignedInAsync(Roles.Administrator);

        var page = await administrator.OpenAsync("/admin/credential-keys");
        var rotated = await administrator.SubmitAndFollowAsync(page, "rotate");
        var after = await Tokens.DownloadAsync(visitor, certificate.Id);

        var (oldKey, newKey) = (Text(Tokens.Header(before)["kid"]), Text(Tokens.Header(after)["kid"]));
        Assert.Contains("The signing key was rotated", rotated.Text);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(newKey, await ActiveKeyIdAsync());
        var stillValid = await Tokens.ValidateAsync(NewVisitor(), before);
        Assert.True(stillValid.IsValid, stillValid.Exception?.ToString());
        Assert.True((await Tokens.ValidateAsync(NewVisitor(), after)).IsValid);
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == person.Id && e.Subject == AuditSubject.SigningKey));
        Assert.Equal((AuditAction.Rotated, true, true), (entry.Action, entry.Before?.Contains(oldKey), entry.After?.Contains(newKey)));
    }

    [SkippableFact]
    public async Task A_revoked_certificate_gets_no_credential_and_the_recruit_is_told_why()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory);
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Certificates.SingleAsync(c => c.Id == certificate.Id)).Revoke(CertificateRevocation.IssuedInError, null, world.Lead.Id,
                Factory.Now);
            return await db.SaveChangesAsync();
        });

        var response = await (await world.SignedInAsync(recruit)).GetAsync($"/certificates/{certificate.Id}/credential");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("was revoked", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Another_recruit_finds_no_such_credential_while_the_cohorts_instructor_gets_it()
    {
        var (world, _, certificate) = await Certify.CertifiedAsync(Factory);
        var otherRecruit = await world.SignedInAsync((await world.EnrolAsync()).Person);
        var url = $"/certificates/{certificate.Id}/credential";

        Assert.Equal(HttpStatusCode.NotFound, (await otherRecruit.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await world.SignedInAsync(world.Lead)).GetAsync(url)).StatusCode);
    }

    [SkippableFact]
    public async Task The_credential_names_neither_the_cotrainer_nor_the_partner_organisation_of_the_course()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (organisationName, coTrainerName) = ($"Partner-{Guid.NewGuid():N}", $"Aizada-{Guid.NewGuid():N}");
        var organisation = await Scheduling.OrganisationAsync(await People.CreateAsync(Roles.Administrator), organisationName);
        var coTrainer = await Scheduling.CoTrainerAsync(await People.CreateAsync(Roles.ProgramOfficer, world.InstitutionId), organisation,
            coTrainerName, consent: true);
        await Factory.WithDatabaseAsync(async db =>
        {
            foreach (var slot in await db.SessionSlots.Where(s => s.SessionId == world.FirstWorkshop || s.SessionId == world.SecondWorkshop).ToListAsync())
                slot.Fill(organisation, coTrainer, world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });
        var (recruit, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var certificate = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == enrollment));

        var decoded = Tokens.Decoded(await Tokens.DownloadAsync(await world.SignedInAsync(recruit), certificate.Id));

        Assert.NotEqual(0, await Factory.WithDatabaseAsync(db => db.SessionSlots.CountAsync(s => s.CoTrainerId == coTrainer)));
        Assert.DoesNotContain(coTrainerName, decoded);
        Assert.DoesNotContain(organisationName, decoded);
    }

    Task<string> ActiveKeyIdAsync() => Factory.WithDatabaseAsync(db =>
        db.CredentialSigningKeys.Where(k => k.RetiredAt == null).Select(k => k.KeyId).SingleAsync());

    Task SetWordingAsync(int certificateId, string title, string statement) => Factory.WithDatabaseAsync(db =>
        db.Certificates.Where(c => c.Id == certificateId).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Title, title).SetProperty(x => x.Statement, statement)));

    // The token with its payload changed and its signature kept, as a forger would try.
    static string WithPayload(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = Tokens.Payload(token);
        change(payload);
        return $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
    }

    static string Sha256(string text) => "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    static string Text(JsonNode? node) => node!.GetValue<string>();

    static string[] Texts(JsonNode? node) => [.. node!.AsArray().Select(Text)];

    public sealed class OnSqlite(SqliteLmsFactory factory) : CredentialTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CredentialTests(factory), IClassFixture<PostgresLmsFactory>;
}
