using System.Buffers.Binary;
using System.Buffers.Text;

namespace Taxonomy.Api.History;

/// <summary>
/// The opaque cursor of the change feed: the position of the last change listed, in commit order.
/// Clients pass it back as it came; its form may change.
/// </summary>
public static class ChangeCursor
{
    private const byte Form = 1;

    public static string Write(long position)
    {
        Span<byte> bytes = stackalloc byte[9];
        bytes[0] = Form;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], position);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position a cursor holds, or null when the text is not a cursor this API wrote.</summary>
    public static long? Read(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        Span<byte> bytes = stackalloc byte[12];
        return cursor.Length <= 16 && Base64Url.IsValid(cursor, out var length) && length == 9
            && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 9 && bytes[0] == Form
            && BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]) is var position and >= 0
            ? position
            : null;
    }
}
