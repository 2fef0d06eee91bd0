using System.Text.Json;

namespace Taxonomy.Api.Stix;

/// <summary>Writes a STIX bundle as its objects come, so that a bundle of any size costs the memory of a few objects.</summary>
internal static class StixBundle
{
    public const string MediaType = "application/stix+json;version=2.1";

    private const int FlushEvery = 200;

    public static async Task WriteAsync(HttpResponse response, IAsyncEnumerable<StixObject> objects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(objects);
        response.ContentType = MediaType;
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", $"bundle--{Guid.NewGuid()}");
        writer.WriteStartArray("objects");
        var written = 0;
        await foreach (var stixObject in objects.WithCancellation(cancellationToken))
        {
            stixObject.WriteTo(writer);
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);

                // Reading SQLite and writing to a client that keeps up both complete without
                // waiting, so a bundle would otherwise keep its thread for as long as it takes to
                // write, and other requests would wait for the thread pool to add threads.
                await Task.Yield();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
