using System.Security.Cryptography;
using System.Text;

namespace Taxonomy.Api.Stix;

/// <summary>
/// The STIX ids of objects DISARM's bundle gives none: a UUIDv5 (RFC 9562) of the object's name in
/// <see cref="Namespace"/>, so that anyone can compute an object's id from its DISARM id, as
/// <c>uuid.uuid5(UUID("974b5663-3c2a-49f8-b58e-b51c0db21bec"), "I00251")</c> does in Python.
/// </summary>
internal static class StixIds
{
    public static readonly Guid Namespace = new("974b5663-3c2a-49f8-b58e-b51c0db21bec");

    public static string Computed(string stixType, string name) => $"{stixType}--{UuidV5(Namespace, name)}";

    public static Guid UuidV5(Guid space, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // UUIDv5 is defined over SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
