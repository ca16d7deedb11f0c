namespace SmartPolicingLms.Web.Features.CertificateExport;

// A forward-only stream for writers that only write synchronously (ZipArchive closing an entry, PDFsharp saving) in
// front of a response body that refuses synchronous writes. It counts what passed, since both writers read Position
// to note offsets, and either keeps the bytes until DrainToAsync sends them on (the ZIP, an entry at a time) or hands
// them straight to the stream it wraps (the PDF, saved on a worker thread into a pipe).
internal sealed class WriteOnlyOutput(Stream? inner = null) : Stream
{
    readonly MemoryStream pending = new();
    long written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => written;
    public override long Position { get => written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (inner is null)
            pending.Write(buffer);
        else
            inner.Write(buffer);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    // Sends what was kept to the response, asynchronously, and forgets it.
    public async Task DrainToAsync(Stream output, CancellationToken ct)
    {
        if (pending.Length == 0)
            return;
        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), ct);
        pending.SetLength(0);
    }

    public override void Flush() => inner?.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            pending.Dispose();
        base.Dispose(disposing);
    }
}
