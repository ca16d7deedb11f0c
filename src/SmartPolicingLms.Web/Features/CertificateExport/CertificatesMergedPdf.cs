using System.IO.Pipelines;
using PdfSharp.Pdf;
using SmartPolicingLms.Web.Features.Certificates;

namespace SmartPolicingLms.Web.Features.CertificateExport;

// Every certificate as a page of one PDF, for a print shop. PDFsharp holds a whole document in memory until it is
// saved, so this cannot stream as the ZIP does: its memory grows with the pages (fonts and the crest are embedded
// once), and it is capped at MostPages (ExportCertificates refuses more and points to the ZIP). What is bounded is
// the saving: the file is written through a pipe into the response rather than into a second copy in memory.
internal static class CertificatesMergedPdf
{
    public const string ContentType = "application/pdf";
    // Measured with the load test's certificate-export mode (README, Load test): the managed heap peaks at about 80 MB
    // for 500 pages and 110 MB for 2,000 (some 20 KB a page), so 2,000 pages stay well inside the 300 MB an export may take.
    public const int MostPages = 2_000;

    public static async Task WriteAsync(IAsyncEnumerable<(Certificate Certificate, byte[]? Crest)> certificates, string publicBase,
        string title, Stream output, CancellationToken ct)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        // As on a single certificate: qpdf --check warns on the deflate streams this PDFsharp version writes.
        document.Options.CompressContentStreams = false;
        await foreach (var (certificate, crest) in certificates.WithCancellation(ct))
            CertificatePdf.AddPage(document, certificate, CertificatesZip.VerificationLink(publicBase, certificate), crest);

        // PDFsharp saves synchronously, which the response body refuses: it writes into a pipe on a worker thread
        // while this copies the pipe into the response asynchronously.
        var pipe = new Pipe();
        var saving = Task.Run(() =>
        {
            try
            {
                // PDFsharp reads the stream's position for its cross-reference table, which a pipe does not keep.
                using (var stream = new WriteOnlyOutput(pipe.Writer.AsStream(leaveOpen: true)))
                    document.Save(stream, closeStream: false);
                pipe.Writer.Complete();
            }
            catch (Exception problem)
            {
                pipe.Writer.Complete(problem);
            }
        }, ct);
        try
        {
            await pipe.Reader.CopyToAsync(output, ct);
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            await saving;
        }
    }
}
