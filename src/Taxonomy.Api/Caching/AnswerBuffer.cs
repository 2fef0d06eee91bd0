namespace Taxonomy.Api.Caching;

/// <summary>
/// The body of an answer being made, held in memory up to a limit so that it can be shared, kept
/// and sent with its Content-Length; past the limit it stops holding it and passes what was held,
/// and everything written after, through to the client as it is written. So no answer costs the
/// response cache more than the limit, however long it is.
/// </summary>
/// <param name="client">Where the answer goes once it passes the limit.</param>
/// <param name="limit">The most that is held, in bytes.</param>
/// <param name="discardPastLimit">Drop what passes the limit instead of sending it: for a request that only asks whether there is an answer.</param>
internal sealed class AnswerBuffer(Stream client, int limit, bool discardPastLimit) : Stream
{
    private const int WritePieceBytes = 64 * 1024;

    private readonly MemoryStream _held = new();

    /// <summary>Whether the answer passed the limit, and so is not (or not all) in <see cref="Held"/>.</summary>
    public bool PassedLimit { get; private set; }

    /// <summary>The answer, while it has not passed the limit.</summary>
    public ReadOnlyMemory<byte> Held => PassedLimit ? throw new InvalidOperationException("The answer passed the limit and is not held.") : _held.GetBuffer().AsMemory(0, (int)_held.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!PassedLimit && _held.Length + buffer.Length <= limit)
        {
            _held.Write(buffer.Span);
            return;
        }

        if (!PassedLimit)
        {
            PassedLimit = true;
            if (!discardPastLimit)
            {
                await WriteInPiecesAsync(client, _held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken);
            }

            _held.SetLength(0);
            _held.Capacity = 0;
        }

        if (!discardPastLimit)
        {
            await client.WriteAsync(buffer, cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Only ever held: the client's stream takes no synchronous writes.</summary>
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (PassedLimit || _held.Length + count > limit)
        {
            throw new InvalidOperationException("An answer this long must be written asynchronously.");
        }

        _held.Write(buffer, offset, count);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        PassedLimit && !discardPastLimit ? client.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    /// <summary>
    /// Kestrel copies all it is given into its own buffers before it waits for a slow client, so
    /// writing a 4 MB answer at once held a second copy of it per connection (128 MB for 32
    /// clients of the red framework at 100x); in pieces, it holds about one piece per connection.
    /// </summary>
    public static async Task WriteInPiecesAsync(Stream body, ReadOnlyMemory<byte> answer, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < answer.Length; offset += WritePieceBytes)
        {
            await body.WriteAsync(answer.Slice(offset, Math.Min(WritePieceBytes, answer.Length - offset)), cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _held.Dispose();
        }

        base.Dispose(disposing);
    }
}
