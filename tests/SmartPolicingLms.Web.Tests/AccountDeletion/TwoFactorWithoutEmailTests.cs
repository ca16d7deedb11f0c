using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AccountDeletion;

// A recruit known by their service number, with no email address, protects their account with an authenticator app
// like anyone else: the app lists the account under the name they sign in with.
public abstract class TwoFactorWithoutEmailTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_without_email_sets_up_an_authenticator_app_and_signs_in_with_it()
    {
        var recruit = await People.CreateAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var signInName = $"kpa{Guid.NewGuid():N}"[..16];
        await Factory.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == recruit.Id);
            (user.UserName, user.NormalizedUserName, user.Email, user.NormalizedEmail) = (signInName, signInName.ToUpperInvariant(), null, null);
            user.ServiceNumber = signInName;
            return await db.SaveChangesAsync();
        });
        var browser = new Visitor(Factory);
        await browser.SignInAsync(signInName, recruit.Password);

        var overview = await browser.OpenAsync("/Account/Manage/TwoFactorAuthentication");
        var setUp = await browser.OpenAsync("/Account/Manage/EnableAuthenticator");
        var key = setUp.Document.QuerySelector("kbd")!.TextContent;
        var uri = setUp.Document.QuerySelector("[data-url]")!.GetAttribute("data-url");
        var verified = await browser.SubmitAndFollowAsync(setUp, "send-code", ("Input.Code", Totp(key, 0)));
        var again = new Visitor(Factory);
        var secondStep = await again.FollowAsync(await again.TrySignInAsync(signInName, recruit.Password));
        var signedIn = await again.SubmitAsync(secondStep, "login-with-2fa", ("Input.TwoFactorCode", Totp(key, 1)));

        Assert.Contains("Add authenticator app", overview.Text);
        Assert.StartsWith($"otpauth://totp/Microsoft.AspNetCore.Identity.UI:{signInName}?", uri);
        Assert.Contains("Your authenticator app has been verified.", verified.Text);
        Assert.True(await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == recruit.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal("/Account/LoginWith2fa", secondStep.Path);
        Assert.True(Visitor.IsRedirect(signedIn.StatusCode), $"{(int)signedIn.StatusCode}");
        Assert.NotEqual("/Account/LoginWith2fa", Visitor.RedirectPath(signedIn));
    }

    // What an authenticator app shows for the key, steps time steps of 30 seconds from now (RFC 6238: HMAC-SHA1, 6 digits).
    static string Totp(string base32Key, int steps)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + steps);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6");
    }

    static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : TwoFactorWithoutEmailTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TwoFactorWithoutEmailTests(factory), IClassFixture<PostgresLmsFactory>;
}
