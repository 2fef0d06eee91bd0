using System.Text;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// One generated request, kept as plain data so that a failure can show exactly what was sent.
/// </summary>
/// <param name="Operation">The operation of the OpenAPI document it was made for.</param>
/// <param name="Url">Path and query, as <see cref="Uri"/> makes them and so as the server gets them (see <see cref="Sendable"/>).</param>
/// <param name="Headers">Request headers, content headers included, sent without validation.</param>
/// <param name="Body">The body's bytes, or null for none.</param>
/// <param name="Chunked">Whether the body is streamed without a Content-Length.</param>
internal sealed record FuzzRequest(ApiOperation Operation, string Url, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body, bool Chunked)
{
    private const int ShownChars = 400;
    private const string Origin = "http://localhost";

    /// <summary>Below the 65,519 characters <see cref="Uri"/> takes, with room for what escaping adds.</summary>
    private const int MaxUrl = 30_000;

    public bool Has(string header) => Headers.Any(h => h.Name.Equals(header, StringComparison.OrdinalIgnoreCase));

    /// <summary>Orders examples of one failure: the one with the least to read is shown.</summary>
    public int Size => Url.Length + (Body?.Length ?? 0) + Headers.Sum(h => h.Name.Length + h.Value.Length);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(Origin + Url));
        if (Body is not null)
        {
            message.Content = Chunked ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            message.Headers.TransferEncodingChunked = Chunked ? true : null;
        }

        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is not null)
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>
    /// The path and query an HTTP client sends for <paramref name="url"/>: <see cref="Uri"/> escapes
    /// what may not appear raw (a lone %, non-ASCII) and removes dot segments, as clients do, and
    /// the test server reads requests only from such URIs. A query too long for <see cref="Uri"/> is
    /// cut; a path never is, as it would then name another operation.
    /// </summary>
    public static string Sendable(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length > MaxUrl)
        {
            var query = url.IndexOf('?', StringComparison.Ordinal);
            url = query is >= 0 and < MaxUrl ? url[..MaxUrl] : throw new InvalidOperationException($"A path of {url.Length} characters is longer than a URI may be.");
        }

        return new Uri(Origin + url).PathAndQuery;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Operation.Method).Append(' ').AppendLine(Shorten(Url));
        foreach (var (name, value) in Headers)
        {
            text.Append("    ").Append(name).Append(": ").AppendLine(Shorten(value));
        }

        if (Chunked)
        {
            text.AppendLine("    Transfer-Encoding: chunked");
        }

        if (Body is not null)
        {
            text.Append("    body (").Append(Body.Length).Append(" bytes): ").AppendLine(Printable(Body));
        }

        return text.ToString();
    }

    /// <summary>The first bytes of a body as text, with bytes that are not printable ASCII written \xNN.</summary>
    public static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes[..Math.Min(bytes.Length, ShownChars)])
        {
            text.Append(b is >= 0x20 and < 0x7f and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return bytes.Length > ShownChars ? text.Append('…').ToString() : text.ToString();
    }

    private static string Shorten(string text) =>
        text.Length <= ShownChars ? text : $"{text[..(ShownChars / 2)]}…({text.Length} chars)…{text[^(ShownChars / 4)..]}";
}
