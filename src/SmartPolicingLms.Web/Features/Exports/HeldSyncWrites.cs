namespace SmartPolicingLms.Web.Features.Exports;

// A response body for a writer that is asynchronous but for a few last synchronous writes (MiniExcel writes its ZIP's
// central directory while disposing it synchronously, which the server refuses): those writes are held in memory and
// sent by FlushHeldAsync, the rest go straight through. What is held is the small directory, not the rows.
internal sealed class HeldSyncWrites(Stream inner) : Stream
{
    readonly MemoryStream held = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => held.Write(buffer, offset, count);

    public override void WriteByte(byte value) => held.WriteByte(value);

    public override void Write(ReadOnlySpan<byte> buffer) => held.Write(buffer);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await FlushHeldAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public async Task FlushHeldAsync(CancellationToken ct)
    {
        if (held.Length == 0)
            return;
        await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), ct);
        held.SetLength(0);
    }

    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await FlushHeldAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            held.Dispose();
        base.Dispose(disposing);
    }
}
