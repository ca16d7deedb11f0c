using System.Buffers.Binary;

namespace SmartPolicingLms.Web.Features.Institutions;

// A crest's type and pixel size, read from the file's own header bytes before anything decodes it: a PNG's IHDR
// chunk, a JPEG's start-of-frame marker. The chunks or segments are walked to the file's end marker too, so a file cut
// short is refused here rather than half-drawn on a certificate. Never throws: every problem comes back in words that
// name the field.
internal sealed record CrestImage(string ContentType, int Width, int Height)
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public static string NotAnImage => T["The crest must be a PNG or JPEG image; this file is neither."];
    public static string Truncated => T["The crest file ends too early (it may have been cut off while copying); save the image again and upload it."];
    public static string NoSize => T["The crest file's header gives the image no width or height; save the image again and upload it."];
    public static string Damaged => T["The crest file is damaged: its header does not read as a PNG or JPEG header; save the image again and upload it."];
    public static string UnusualJpeg =>
        T["The crest is a kind of JPEG (lossless or arithmetic-coded) that PDF readers cannot show; save it as an ordinary JPEG or as a PNG."];

    public static string TooLarge(long width, long height) =>
        T["The crest is {0:N0} × {1:N0} pixels; it may be at most {2:N0} pixels on each side. Make it smaller and upload it again.", width, height, InstitutionCrest.MaxSide];

    internal sealed record Reading(CrestImage? Image, string? Problem);

    static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static Reading Read(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith(PngSignature))
            return ReadPng(file);
        if (file.StartsWith(JpegSignature))
            return ReadJpeg(file);
        // The first bytes of a signature and nothing more: a file cut off at its very start.
        var startOfOne = file.Length > 0 && (PngSignature.StartsWith(file) || JpegSignature.StartsWith(file));
        return Refused(startOfOne ? Truncated : NotAnImage);
    }

    // Signature, then chunks of length (4 bytes), type (4), data, CRC (4); IHDR first, with width and height as its
    // first eight data bytes; IEND last.
    static Reading ReadPng(ReadOnlySpan<byte> file)
    {
        const int ihdrEnd = 8 + 8 + 13 + 4;
        if (file.Length < ihdrEnd)
            return Refused(Truncated);
        if (BinaryPrimitives.ReadUInt32BigEndian(file[8..]) != 13 || !file[12..16].SequenceEqual("IHDR"u8))
            return Refused(Damaged);
        var width = BinaryPrimitives.ReadUInt32BigEndian(file[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(file[20..]);
        if (SizeProblem(width, height) is { } problem)
            return Refused(problem);

        var sawData = false;
        for (var at = 8; ; )
        {
            if (file.Length - at < 12)
                return Refused(Truncated);
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            if (length > int.MaxValue)
                return Refused(Damaged);
            var type = file.Slice(at + 4, 4);
            if (file.Length - at - 12 < length)
                return Refused(Truncated);
            if (type.SequenceEqual("IEND"u8))
                return sawData ? Accepted(Png, width, height) : Refused(Damaged);
            sawData |= type.SequenceEqual("IDAT"u8);
            at += 12 + (int)length;
        }
    }

    // SOI, then segments: a marker (0xFF, code), and for most codes a two-byte length that counts itself. A start of
    // frame (SOFn) holds precision (1 byte), height (2) and width (2). The entropy-coded data after the first start of
    // scan has no lengths; its 0xFF bytes are stuffed, so the next 0xFF 0xD9 there is the end of image.
    static Reading ReadJpeg(ReadOnlySpan<byte> file)
    {
        CrestImage? frame = null;
        for (var at = 2; ; )
        {
            if (at >= file.Length)
                return Refused(Truncated);
            if (file[at] != 0xFF)
                return Refused(Damaged);
            while (at < file.Length && file[at] == 0xFF)
                at++;
            if (at >= file.Length)
                return Refused(Truncated);
            var marker = file[at++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
                continue;
            if (marker is 0xD8 or 0xD9 || (marker == 0xDA && frame is null))
                return Refused(Damaged);
            if (file.Length - at < 2)
                return Refused(Truncated);
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[at..]);
            if (length < 2)
                return Refused(Damaged);
            if (file.Length - at < length)
                return Refused(Truncated);
            if (IsStartOfFrame(marker) && frame is null)
            {
                if (length < 8)
                    return Refused(Damaged);
                var height = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 3)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 5)..]);
                if (SizeProblem(width, height) is { } problem)
                    return Refused(problem);
                if (marker is not (0xC0 or 0xC1 or 0xC2))
                    return Refused(UnusualJpeg);
                frame = new CrestImage(Jpeg, width, height);
            }
            at += length;
            if (marker == 0xDA)
                return file[at..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? new Reading(frame, null) : Refused(Truncated);
        }
    }

    // C0 to CF, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    static string? SizeProblem(long width, long height) =>
        width == 0 || height == 0 ? NoSize
        : width > InstitutionCrest.MaxSide || height > InstitutionCrest.MaxSide ? TooLarge(width, height)
        : null;

    static Reading Accepted(string contentType, long width, long height) => new(new CrestImage(contentType, (int)width, (int)height), null);

    static Reading Refused(string problem) => new(null, problem);
}
