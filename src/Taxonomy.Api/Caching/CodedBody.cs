namespace Taxonomy.Api.Caching;

/// <summary>
/// A response body that, on the first write, decides whether the answer is to be coded (its
/// status and type are known by then, and nothing is sent yet): if so it says so in the headers and
/// codes everything written after; if not it passes everything through. For answers sent as they
/// are written, whose length is not known before they end.
/// </summary>
/// <param name="response">The answer, whose headers say whether it is coded.</param>
/// <param name="body">Where the answer goes.</param>
/// <param name="coding">The coding the request accepts, or null.</param>
internal sealed class CodedBody(HttpResponse response, Stream body, string? coding) : Stream
{
    private Stream? _target;
    private Stream? _coder;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    private Stream Target => _target ??= Decide();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Target.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Target.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => _target?.FlushAsync(cancellationToken) ?? Task.CompletedTask;

    public override void Flush() => _target?.Flush();

    /// <summary>Ends the coded stream, writing its last block, if the answer was coded.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (_coder is not null)
        {
            await _coder.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private Stream Decide()
    {
        if (coding is null || !ContentCoding.Suits(response))
        {
            return body;
        }

        response.Headers.ContentEncoding = coding;
        response.ContentLength = null;
        return _coder = ContentCoding.Coding(body, coding);
    }
}
