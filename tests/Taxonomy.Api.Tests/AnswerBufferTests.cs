using Taxonomy.Api.Caching;

namespace Taxonomy.Api.Tests;

public sealed class AnswerBufferTests
{
    /// <summary>Writes of sizes that start, fill and cross the pieces' boundaries at every offset that matters.</summary>
    private static readonly int[] WriteSizes = [1, AnswerBody.PieceBytes - 1, 1, AnswerBody.PieceBytes, AnswerBody.PieceBytes + 1, 3, 200_000, 0, 7];

    [Fact]
    public async Task AHeldAnswerComesBackWhole()
    {
        var answer = Answer(WriteSizes.Sum());
        await using var buffer = new AnswerBuffer(Stream.Null, limit: answer.Length, discardPastLimit: false);

        await WriteAsync(buffer, answer);
        var body = buffer.Body();

        Assert.False(buffer.PassedLimit);
        Assert.Equal(answer.Length, body.Length);
        Assert.Equal(answer, body.Pieces.SelectMany(piece => piece).ToArray());
        Assert.All(body.Pieces, piece => Assert.InRange(piece.Length, 1, AnswerBody.PieceBytes));
        using var sent = new MemoryStream();
        await body.WriteToAsync(sent, CancellationToken.None);
        Assert.Equal(answer, sent.ToArray());
    }

    [Fact]
    public async Task AHeldAnswerIsSentAndCopiedWholeFromWhereItIsHeld()
    {
        var answer = Answer(WriteSizes.Sum());
        await using var buffer = new AnswerBuffer(Stream.Null, limit: answer.Length, discardPastLimit: false);

        await WriteAsync(buffer, answer);
        using var sent = new MemoryStream();
        await buffer.WriteHeldToAsync(sent, CancellationToken.None);
        using var copied = new MemoryStream();
        buffer.CopyHeldTo(copied);

        Assert.Equal(answer.Length, buffer.HeldLength);
        Assert.Equal(answer, sent.ToArray());
        Assert.Equal(answer, copied.ToArray());
    }

    [Fact]
    public async Task AnAnswerPastTheLimitReachesTheClientInOrderAndIsNotHeld()
    {
        var answer = Answer(WriteSizes.Sum());
        using var client = new MemoryStream();
        await using var buffer = new AnswerBuffer(client, limit: (2 * AnswerBody.PieceBytes) + 5, discardPastLimit: false);

        await WriteAsync(buffer, answer);

        Assert.True(buffer.PassedLimit);
        Assert.Equal(answer, client.ToArray());
        Assert.Throws<InvalidOperationException>(() => buffer.Body());
        Assert.Throws<InvalidOperationException>(() => buffer.HeldLength);
        await Assert.ThrowsAsync<InvalidOperationException>(() => buffer.WriteHeldToAsync(Stream.Null, CancellationToken.None));
    }

    [Fact]
    public async Task AnAnswerPastTheLimitIsDroppedWhenOnlyItsExistenceWasAskedFor()
    {
        using var client = new MemoryStream();
        await using var buffer = new AnswerBuffer(client, limit: 10, discardPastLimit: true);

        await WriteAsync(buffer, Answer(WriteSizes.Sum()));

        Assert.True(buffer.PassedLimit);
        Assert.Equal(0, client.Length);
    }

    [Fact]
    public void AnEmptyAnswerHasNoPieces()
    {
        using var buffer = new AnswerBuffer(Stream.Null, limit: 10, discardPastLimit: false);

        Assert.Empty(buffer.Body().Pieces);
        Assert.Equal(0, buffer.Body().Length);
    }

    private static byte[] Answer(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251))];

    private static async Task WriteAsync(Stream buffer, byte[] answer)
    {
        var offset = 0;
        foreach (var size in WriteSizes)
        {
            await buffer.WriteAsync(answer.AsMemory(offset, size));
            offset += size;
        }
    }
}
