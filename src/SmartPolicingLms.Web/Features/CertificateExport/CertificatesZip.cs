using System.IO.Compression;
using SmartPolicingLms.Web.Features.Certificates;

namespace SmartPolicingLms.Web.Features.CertificateExport;

// One ZIP of one PDF per certificate, written into the response as they are drawn: the first files leave before the
// rest are drawn, and memory holds one small batch at a time however many there are. Entry names are UTF-8 with the
// archive's UTF-8 flag (what .NET writes for names outside ASCII), so Cyrillic survives unzipping.
internal static class CertificatesZip
{
    public const string ContentType = "application/zip";

    // Drawing is the cost, so a few certificates are drawn at once on every core, then written in order.
    static readonly int Batch = Environment.ProcessorCount * 4;

    public static async Task WriteAsync(IAsyncEnumerable<(Certificate Certificate, byte[]? Crest)> certificates, string publicBase,
        Stream output, CancellationToken ct)
    {
        // ZipArchive finishes each entry with synchronous writes: they land in memory and leave asynchronously
        // after every batch, so the response never blocks a thread and never holds more than one batch.
        using var buffer = new WriteOnlyOutput();
        var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        var batch = new List<(Certificate Certificate, byte[]? Crest)>(Batch);
        await foreach (var certificate in certificates.WithCancellation(ct))
        {
            batch.Add(certificate);
            if (batch.Count < Batch)
                continue;
            await WriteBatchAsync(zip, batch, publicBase, ct);
            await buffer.DrainToAsync(output, ct);
        }
        await WriteBatchAsync(zip, batch, publicBase, ct);
        // The central directory, written on disposal.
        await zip.DisposeAsync();
        await buffer.DrainToAsync(output, ct);
    }

    static async Task WriteBatchAsync(ZipArchive zip, List<(Certificate Certificate, byte[]? Crest)> batch, string publicBase,
        CancellationToken ct)
    {
        var pdfs = new byte[batch.Count][];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct },
            i => pdfs[i] = CertificatePdf.Write(batch[i].Certificate, VerificationLink(publicBase, batch[i].Certificate), batch[i].Crest));
        for (var i = 0; i < batch.Count; i++)
        {
            var certificate = batch[i].Certificate;
            // The certificate's content streams are left uncompressed (CertificatePdf), so the fastest deflate still
            // shrinks the download a good deal for little work.
            var entry = zip.CreateEntry(CertificateFileName.Of(certificate.Serial, certificate.RecruitName), CompressionLevel.Fastest);
            entry.LastWriteTime = DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc);
            await using var stream = await entry.OpenAsync(ct);
            await stream.WriteAsync(pdfs[i], ct);
        }
        batch.Clear();
    }

    public static string VerificationLink(string publicBase, Certificate certificate) =>
        PublicAddress.Absolute(publicBase, CertificateLinks.Verify(certificate.VerificationCode));
}
