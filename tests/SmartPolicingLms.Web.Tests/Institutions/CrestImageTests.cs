using SmartPolicingLms.Web.Features.Institutions;

namespace SmartPolicingLms.Web.Tests.Institutions;

// The crest's header is read by the LMS itself, before any image library sees the file: what a real PNG and JPEG
// give, and what each kind of hostile file is refused with.
public sealed class CrestImageTests
{
    [Fact]
    public void A_real_png_reads_as_a_png_of_its_own_size()
    {
        Assert.Equal(new CrestImage.Reading(new CrestImage(CrestImage.Png, 3, 2), null), CrestImage.Read(CrestFiles.Png(3, 2)));
    }

    [Fact]
    public void A_real_jpeg_reads_as_a_jpeg_of_its_own_size()
    {
        Assert.Equal(new CrestImage.Reading(new CrestImage(CrestImage.Jpeg, 3, 2), null), CrestImage.Read(CrestFiles.TinyJpeg));
    }

    [Fact]
    public void A_crest_of_exactly_the_largest_size_is_accepted()
    {
        Assert.Equal((2000, 2000), Size(CrestFiles.PngDeclaring(2000, 2000)));
        Assert.Equal((2000, 2000), Size(CrestFiles.JpegDeclaring(2000, 2000)));
    }

    public static TheoryData<string> HostileCases() => [.. Hostile.Keys];

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void A_hostile_file_is_refused_with_the_words_for_what_is_wrong(string name)
    {
        var (file, expected) = Hostile[name];

        var reading = CrestImage.Read(file);

        Assert.Null(reading.Image);
        Assert.Equal(expected, reading.Problem);
        Assert.Contains("crest", reading.Problem, StringComparison.OrdinalIgnoreCase);
    }

    static (int, int) Size(byte[] file) => CrestImage.Read(file).Image is { } image ? (image.Width, image.Height) : (0, 0);

    static readonly Dictionary<string, (byte[] File, string Problem)> Hostile = new()
    {
        ["a GIF"] = ("GIF89a\x01\x00\x01\x00\x80\x00\x00"u8.ToArray(), CrestImage.NotAnImage),
        ["an empty file"] = ([], CrestImage.NotAnImage),
        ["text named .png"] = ("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray(), CrestImage.NotAnImage),
        ["a PNG with one byte of its signature changed"] = (Changed(CrestFiles.Png(3, 2), 1, (byte)'Q'), CrestImage.NotAnImage),
        ["a JPEG with its start marker changed"] = (Changed(CrestFiles.TinyJpeg, 1, 0xD9), CrestImage.NotAnImage),
        ["the first four bytes of a PNG"] = (CrestFiles.Png(3, 2)[..4], CrestImage.Truncated),
        ["a PNG cut inside its header"] = (CrestFiles.Png(3, 2)[..20], CrestImage.Truncated),
        ["a PNG cut inside its image data"] = (CrestFiles.Png(3, 2)[..^20], CrestImage.Truncated),
        ["a PNG without its end chunk"] = (CrestFiles.Png(3, 2)[..^12], CrestImage.Truncated),
        ["a JPEG cut in half"] = (CrestFiles.TinyJpeg[..(CrestFiles.TinyJpeg.Length / 2)], CrestImage.Truncated),
        ["a JPEG cut before its frame header"] = (CrestFiles.TinyJpeg[..(CrestFiles.StartOfFrame(CrestFiles.TinyJpeg) + 4)], CrestImage.Truncated),
        ["a JPEG without its end marker"] = (CrestFiles.TinyJpeg[..^2], CrestImage.Truncated),
        ["a PNG declaring 100,000 pixels a side"] = (CrestFiles.PngDeclaring(100_000, 100_000), CrestImage.TooLarge(100_000, 100_000)),
        ["a PNG declaring the largest width its header can hold"] = (CrestFiles.PngDeclaring(uint.MaxValue, 10), CrestImage.TooLarge(uint.MaxValue, 10)),
        ["a PNG one pixel too tall"] = (CrestFiles.PngDeclaring(10, 2001), CrestImage.TooLarge(10, 2001)),
        ["a JPEG declaring 65,535 pixels a side"] = (CrestFiles.JpegDeclaring(65_535, 65_535), CrestImage.TooLarge(65_535, 65_535)),
        ["a PNG of zero width"] = (CrestFiles.PngDeclaring(0, 10), CrestImage.NoSize),
        ["a JPEG of zero height"] = (CrestFiles.JpegDeclaring(10, 0), CrestImage.NoSize),
        ["a PNG whose first chunk is not its header"] = (Changed(CrestFiles.Png(3, 2), 12, (byte)'X'), CrestImage.Damaged),
        ["a PNG with no image data"] = (Without(CrestFiles.Png(3, 2), "IDAT"), CrestImage.Damaged),
        ["a PNG chunk claiming four gigabytes"] = (ChunkLengthAfterHeader(CrestFiles.Png(3, 2), uint.MaxValue), CrestImage.Damaged),
        ["a JPEG segment claiming more bytes than the file has"] = (SegmentLengthOfFrame(CrestFiles.TinyJpeg, 60_000), CrestImage.Truncated),
        ["a JPEG segment shorter than its own length field"] = (SegmentLengthOfFrame(CrestFiles.TinyJpeg, 1), CrestImage.Damaged),
        ["a JPEG whose scan comes before any frame header"] = (Changed(CrestFiles.TinyJpeg, CrestFiles.StartOfFrame(CrestFiles.TinyJpeg) + 1, 0xDA),
            CrestImage.Damaged),
        ["a lossless JPEG"] = (Changed(CrestFiles.TinyJpeg, CrestFiles.StartOfFrame(CrestFiles.TinyJpeg) + 1, 0xC3), CrestImage.UnusualJpeg),
    };

    static byte[] Changed(byte[] file, int at, byte value)
    {
        var copy = file.ToArray();
        copy[at] = value;
        return copy;
    }

    // The PNG with one chunk taken out whole.
    static byte[] Without(byte[] png, string type)
    {
        var at = png.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(type)) - 4;
        var length = 12 + System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
        return [.. png[..at], .. png[(at + length)..]];
    }

    // The chunk after IHDR (which starts at byte 33) given another length.
    static byte[] ChunkLengthAfterHeader(byte[] png, uint length)
    {
        var copy = png.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(33), length);
        return copy;
    }

    static byte[] SegmentLengthOfFrame(byte[] jpeg, ushort length)
    {
        var copy = jpeg.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(CrestFiles.StartOfFrame(jpeg) + 2), length);
        return copy;
    }
}
