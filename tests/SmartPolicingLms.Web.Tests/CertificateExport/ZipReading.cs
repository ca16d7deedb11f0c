using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SmartPolicingLms.Web.Tests.CertificateExport;

// A downloaded ZIP as an unzipping tool sees it: each entry's name, its bytes, and whether the archive flags the name
// as UTF-8 (bit 11 of the central directory's flags), which tools need to show Cyrillic rather than mojibake.
internal static class ZipReading
{
    public static IReadOnlyDictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
    }

    // Each name in the central directory with its UTF-8 flag.
    public static IReadOnlyList<(string Name, bool Utf8)> Names(byte[] zip)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var names = new List<(string, bool)>();
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)));
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 8));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            var extra = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 30));
            var comment = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 32));
            names.Add((Encoding.UTF8.GetString(zip, at + 46, nameLength), (flags & 0x0800) != 0));
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }
}
