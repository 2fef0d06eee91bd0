using System.Net;
using System.Net.Sockets;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Importing;

/// <summary>
/// Downloads the workbooks for <c>import --from-url</c>. Unless private URLs are allowed, each URL,
/// and each one a redirect leads to, must be https and name a host whose addresses are all public;
/// the addresses are checked again when a connection is opened, and it is opened to those very
/// addresses, so a name that resolves elsewhere the second time cannot reach the local network.
/// </summary>
internal static class WorkbookDownload
{
    public const string AllowPrivateUrlsFlag = "--allow-private-urls";

    /// <summary>The largest workbook a download may deliver; DISARM's are about 1.3 MB.</summary>
    private const long MaxBytes = 100 * 1024 * 1024;
    private const int MaxRedirects = 5;

    public static async Task<WorkbookSource[]> DownloadAsync(string frameworksUrl, string dataUrl, bool allowPrivate, TextWriter output, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = allowPrivate ? null : ConnectToPublicAddressAsync };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2), MaxResponseContentBufferSize = MaxBytes };
        var workbooks = new WorkbookSource[2];
        foreach (var (index, url) in new[] { (0, frameworksUrl), (1, dataUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new IOException($"'{url}' is not an http or https URL.");
            }

            await CheckAsync(uri, allowPrivate, cancellationToken);
            await output.WriteLineAsync($"Downloading {uri}");
            using var response = await GetAsync(client, uri, allowPrivate, cancellationToken);
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            workbooks[index] = new WorkbookSource(Path.GetFileName(uri.LocalPath), new MemoryStream(content, writable: false));
        }

        return workbooks;
    }

    /// <summary>Gets <paramref name="uri"/>, following redirects after checking where each leads.</summary>
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, Uri uri, bool allowPrivate, CancellationToken cancellationToken)
    {
        var location = uri;
        for (var redirects = 0; ; redirects++)
        {
            var response = await client.GetAsync(location, cancellationToken);
            if (response.StatusCode is >= HttpStatusCode.Ambiguous and < HttpStatusCode.BadRequest && response.Headers.Location is { } next && redirects < MaxRedirects)
            {
                response.Dispose();
                location = new Uri(location, next);
                await CheckAsync(location, allowPrivate, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                response.Dispose();
                throw new IOException($"Downloading {uri} failed: {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return response;
        }
    }

    private static async Task CheckAsync(Uri uri, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (allowPrivate)
        {
            return;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new IOException($"'{uri}' is not an https URL; pass {AllowPrivateUrlsFlag} to download over http.");
        }

        RequirePublic(uri.IdnHost, await ResolveAsync(uri.IdnHost, cancellationToken));
    }

    /// <summary>
    /// Connects to the host of a request only once all its addresses are public, and to one of
    /// them. A connection to a proxy is left alone: the operator chose the proxy, and the name it is
    /// asked for was checked before the request.
    /// </summary>
    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken);
        if (string.Equals(host, context.InitialRequestMessage.RequestUri?.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            RequirePublic(host, addresses);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException failure)
        {
            throw new IOException($"{host} cannot be resolved: {failure.Message}", failure);
        }
    }

    private static void RequirePublic(string host, IPAddress[] addresses)
    {
        if (addresses.Length == 0)
        {
            throw new IOException($"{host} resolves to no address.");
        }

        if (addresses.FirstOrDefault(address => !PublicAddresses.Contains(address)) is { } address)
        {
            throw new IOException($"{host} resolves to {address}, which is not a public address; pass {AllowPrivateUrlsFlag} to download from it.");
        }
    }
}
