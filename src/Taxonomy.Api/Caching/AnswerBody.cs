namespace Taxonomy.Api.Caching;

/// <summary>
/// A whole answer's bytes, in pieces of at most <see cref="PieceBytes"/>: under the large-object
/// heap's 85,000 bytes, so that making, coding, sharing and keeping an answer of any length leaves
/// no garbage that only a full collection frees. Held in one array, every TAXII page of 100
/// objects went to that heap two or three times, and a flood of them set off a full collection
/// every second or so.
/// </summary>
internal sealed class AnswerBody
{
    public const int PieceBytes = 64 * 1024;

    private readonly byte[][] _pieces;

    /// <param name="pieces">Pieces of at most <see cref="PieceBytes"/>, each exactly as long as what it holds.</param>
    public AnswerBody(byte[][] pieces)
    {
        _pieces = pieces;
        Length = pieces.Sum(piece => piece.Length);
    }

    public int Length { get; }

    public IReadOnlyList<byte[]> Pieces => _pieces;

    /// <summary>
    /// Writes a piece at a time. Kestrel copies all it is given into its own buffers before it
    /// waits for a slow client, so writing a 4 MB answer at once held a second copy of it per
    /// connection (128 MB for 32 clients of the red framework at 100x); a piece at a time, it holds
    /// about one piece per connection.
    /// </summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var piece in _pieces)
        {
            await stream.WriteAsync(piece, cancellationToken);
        }
    }
}
