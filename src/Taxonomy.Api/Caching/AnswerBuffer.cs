using System.Buffers;

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
    /// <summary>What is held, in pieces rented from the shared pool (see <see cref="AnswerBody"/>), the last one partly filled.</summary>
    private readonly List<byte[]> _pieces = [];
    private int _length;

    /// <summary>Whether the answer passed the limit, and so is not (or not all) held.</summary>
    public bool PassedLimit { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>How many bytes are held: the whole answer, while it has not passed the limit.</summary>
    public int HeldLength => PassedLimit ? throw NotHeld() : _length;

    /// <summary>How many pieces hold the answer, while it has not passed the limit.</summary>
    private int HeldPieces => PassedLimit ? throw NotHeld() : _pieces.Count;

    /// <summary>A copy of the answer, while it has not passed the limit, to share and keep.</summary>
    public AnswerBody Body()
    {
        var pieces = new byte[HeldPieces][];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = Piece(i).ToArray();
        }

        return new AnswerBody(pieces);
    }

    /// <summary>
    /// Writes the answer, while it has not passed the limit, from where it is held: for an answer
    /// that is neither shared nor kept, which a copy would only add to the collector's work.
    /// </summary>
    public async Task WriteHeldToAsync(Stream stream, CancellationToken cancellationToken)
    {
        var count = HeldPieces;
        for (var i = 0; i < count; i++)
        {
            await stream.WriteAsync(Piece(i), cancellationToken);
        }
    }

    /// <summary>Writes the answer, while it has not passed the limit, to <paramref name="stream"/> at once.</summary>
    public void CopyHeldTo(Stream stream)
    {
        var count = HeldPieces;
        for (var i = 0; i < count; i++)
        {
            stream.Write(Piece(i).Span);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!PassedLimit && _length + buffer.Length <= limit)
        {
            Hold(buffer.Span);
            return;
        }

        if (!PassedLimit)
        {
            PassedLimit = true;
            if (!discardPastLimit)
            {
                for (var i = 0; i < _pieces.Count; i++)
                {
                    await client.WriteAsync(Piece(i), cancellationToken);
                }
            }

            ReturnPieces();
        }

        if (!discardPastLimit)
        {
            await client.WriteAsync(buffer, cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Only ever held: the client's stream takes no synchronous writes.</summary>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (PassedLimit || _length + buffer.Length > limit)
        {
            throw new InvalidOperationException("An answer this long must be written asynchronously.");
        }

        Hold(buffer);
    }

    private void Hold(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var used = _length - ((_pieces.Count - 1) * AnswerBody.PieceBytes);
            if (_pieces.Count == 0 || used == AnswerBody.PieceBytes)
            {
                _pieces.Add(ArrayPool<byte>.Shared.Rent(AnswerBody.PieceBytes));
                used = 0;
            }

            var count = Math.Min(AnswerBody.PieceBytes - used, bytes.Length);
            bytes[..count].CopyTo(_pieces[^1].AsSpan(used));
            _length += count;
            bytes = bytes[count..];
        }
    }

    private static InvalidOperationException NotHeld() => new("The answer passed the limit and is not held.");

    private int PieceLength(int index) => Math.Min(AnswerBody.PieceBytes, _length - (index * AnswerBody.PieceBytes));

    /// <summary>What the piece at <paramref name="index"/> holds.</summary>
    private ReadOnlyMemory<byte> Piece(int index) => _pieces[index].AsMemory(0, PieceLength(index));

    private void ReturnPieces()
    {
        foreach (var piece in _pieces)
        {
            ArrayPool<byte>.Shared.Return(piece);
        }

        _pieces.Clear();
        _length = 0;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        PassedLimit && !discardPastLimit ? client.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReturnPieces();
        }

        base.Dispose(disposing);
    }
}
