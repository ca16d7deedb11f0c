using SmartPolicingLms.Web.Features.CertificateExport;

namespace SmartPolicingLms.Web.Tests.CertificateExport;

public sealed class CertificateFileNameTests
{
    const string Forbidden = "<>:\"/\\|?*";

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Lpt1.txt")]
    [InlineData("COM³")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("../../etc/passwd")]
    [InlineData("who: *me*? \"<really>\" | yes\\no")]
    [InlineData("trailing dots and spaces. . .  ")]
    [InlineData("tab\there\r\nnew line\u0000nul")]
    [InlineData("evil\u202Efdp.exe")]
    [InlineData("   ")]
    [InlineData("Айгүл 😀 Өмүрбекова 👩‍👩‍👧")]
    public void A_hostile_name_becomes_one_that_windows_macos_and_linux_all_accept(string hostile)
    {
        var stem = CertificateFileName.Safe(hostile, "certificate");

        Assert.NotEmpty(stem);
        Assert.True(stem.IndexOfAny(Forbidden.ToCharArray()) < 0, stem);
        Assert.DoesNotContain(stem, c => char.IsControl(c) || c == '\u202E');
        Assert.False(stem.EndsWith('.') || stem.EndsWith(' ') || stem.StartsWith('.') || stem.StartsWith(' '), stem);
        Assert.DoesNotContain(stem.Split('.')[0], new[] { "CON", "PRN", "AUX", "NUL", "COM³", "LPT1" }, StringComparer.OrdinalIgnoreCase);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(stem) <= CertificateFileName.MostBytes);
        Assert.DoesNotContain('\uFFFD', stem);
    }

    [Fact]
    public void Kyrgyz_and_russian_letters_are_kept_as_they_are()
    {
        Assert.Equal("KGZ-2026-00017 Айгүл Өмүрбекова Ңурланбекова Жыпар.pdf",
            CertificateFileName.Of("KGZ-2026-00017", "Айгүл  Өмүрбекова\tҢурланбекова: Жыпар"));
    }

    [Fact]
    public void A_name_of_300_characters_is_cut_at_a_whole_letter_and_keeps_its_serial()
    {
        var name = CertificateFileName.Of("KGZ-2026-00017", string.Concat(Enumerable.Repeat("Ө😀", 150)));

        Assert.StartsWith("KGZ-2026-00017 Ө😀", name);
        Assert.EndsWith(".pdf", name);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name) <= CertificateFileName.MostBytes + ".pdf".Length);
        Assert.False(char.IsHighSurrogate(name[^5]), "The name ends in half an emoji.");
    }

    [Fact]
    public void A_name_with_nothing_usable_falls_back_to_the_serial()
    {
        Assert.Equal("KGZ-2026-00017.pdf", CertificateFileName.Of("KGZ-2026-00017", "?*: . "));
    }
}
