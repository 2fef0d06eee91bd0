using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Caching;

/// <summary>
/// Brotli and gzip for the answers worth compressing (RFC 9110, 8.4.1 and 12.5.3). The coding is
/// part of an answer's ETag and cache key, so that each coding is made once and kept, and a
/// validator never names two representations.
/// </summary>
internal static class ContentCoding
{
    /// <summary>Answers shorter than this are sent as they are: a coding's framing would take back most of what it saves.</summary>
    public const int MinBytes = 1024;

    private const string Brotli = "br";
    private const string Gzip = "gzip";

    /// <summary>The coding the request accepts with the greatest weight, Brotli at a tie; null for none (identity).</summary>
    public static string? Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0)
        {
            return null;
        }

        double Weight(string coding)
        {
            var named = accepted.FirstOrDefault(value => string.Equals(value.Value.Value, coding, StringComparison.OrdinalIgnoreCase));
            var any = accepted.FirstOrDefault(value => value.Value.Value == "*");
            return (named ?? any) is { } value ? value.Quality ?? 1 : 0;
        }

        var (brotli, gzip) = (Weight(Brotli), Weight(Gzip));
        return brotli <= 0 && gzip <= 0 ? null : brotli >= gzip ? Brotli : Gzip;
    }

    /// <summary>
    /// Whether an answer is one to compress: a 200 of text or JSON, not already coded, and without
    /// an ETag of its own. That ETag is one object's version, which If-Match on a write must be
    /// able to name, so it cannot change with the coding; such answers are small anyway.
    /// </summary>
    public static bool Suits(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.Headers.ContentEncoding.Count == 0
        && response.Headers.ETag.Count == 0
        && MediaTypeHeaderValue.TryParse(response.ContentType, out var type)
        && (type.Type.Equals("text", StringComparison.OrdinalIgnoreCase) || type.SubTypeWithoutSuffix.Equals("json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A stream that codes what is written to it into <paramref name="body"/>, which it leaves open.</summary>
    public static Stream Coding(Stream body, string coding) =>
        coding == Brotli
            ? new BrotliStream(body, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true);

    /// <summary>The answer coded whole, for a held answer (see <see cref="CodedBody"/> for one sent as it is written).</summary>
    public static AnswerBody Code(AnswerBuffer answer, string coding)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var coded = new AnswerBuffer(Stream.Null, int.MaxValue, discardPastLimit: false);
        using (var stream = Coding(coded, coding))
        {
            answer.CopyHeldTo(stream);
        }

        return coded.Body();
    }
}
