using System.Text.Json;
using System.Text.Json.Nodes;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Infrastructure.Stix;

/// <summary>
/// Reads the STIX ids out of the bundle DISARM publishes beside its workbooks (stix/DISARM.json):
/// its tactics and techniques by their DISARM ids, its subtechnique-of relationships by the pair
/// of techniques they join, and its identity, marking and matrix.
/// </summary>
public static class DisarmBundle
{
    /// <summary>The bundle's path in a folder of DISARM's published files, beside the workbooks.</summary>
    public static readonly string[] PathsInFolder = [Path.Combine("stix", "DISARM.json"), "DISARM.json"];

    public static string SubtechniqueOfName(string subtechniqueId, string parentId) => $"{subtechniqueId} subtechnique-of {parentId}";

    /// <summary>Every id the bundle gives, by name.</summary>
    /// <exception cref="ImportFailedException">The file is not a STIX bundle, or is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<IReadOnlyList<RecordedStixId>> ReadAsync(WorkbookSource source, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonNode? bundle;
        try
        {
            await using var bounded = new MemoryStream();
            await CopyBoundedAsync(source, bounded, maxBytes, cancellationToken);
            bounded.Position = 0;
            bundle = await JsonNode.ParseAsync(bounded, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ImportFailedException($"It is not JSON: {e.Message}", source.Name, innerException: e);
        }

        if (bundle is not JsonObject { } root || Text(root["type"]) != "bundle" || root["objects"] is not JsonArray objects)
        {
            throw new ImportFailedException("It is not a STIX bundle: a bundle is a JSON object with \"type\": \"bundle\" and an \"objects\" array.", source.Name);
        }

        var stixObjects = objects.OfType<JsonObject>().ToList();
        var externalIds = stixObjects
            .Where(o => Text(o["id"]) is not null && ExternalId(o) is not null)
            .GroupBy(o => Text(o["id"])!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ExternalId(g.First())!, StringComparer.Ordinal);
        var recorded = new Dictionary<string, RecordedStixId>(StringComparer.Ordinal);
        foreach (var stixObject in stixObjects)
        {
            if (Text(stixObject["id"]) is not { } id)
            {
                continue;
            }

            var name = Text(stixObject["type"]) switch
            {
                "x-mitre-tactic" or "attack-pattern" => externalIds.GetValueOrDefault(id),
                "relationship" when Text(stixObject["relationship_type"]) == "subtechnique-of"
                    && externalIds.GetValueOrDefault(Text(stixObject["source_ref"]) ?? "") is { } sub
                    && externalIds.GetValueOrDefault(Text(stixObject["target_ref"]) ?? "") is { } parent => SubtechniqueOfName(sub, parent),
                "identity" => "identity",
                "marking-definition" => "marking",
                "x-mitre-matrix" => "matrix",
                _ => null,
            };
            if (name is not null)
            {
                var kept = name is "identity" or "marking" or "matrix" ? stixObject.ToJsonString() : null;
                recorded.TryAdd(name, new RecordedStixId(name, id, kept));
            }
        }

        return [.. recorded.Values];
    }

    /// <summary>The DISARM id in an object's external references, normalised as the workbooks' ids are.</summary>
    private static string? ExternalId(JsonObject stixObject) =>
        (stixObject["external_references"] as JsonArray)?.OfType<JsonObject>()
            .Select(reference => Text(reference["external_id"]))
            .Where(externalId => externalId is not null)
            .Select(externalId => DisarmIds.Normalize(externalId!))
            .FirstOrDefault();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static async Task CopyBoundedAsync(WorkbookSource source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        int read;
        while ((read = await source.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > maxBytes)
            {
                throw new ImportFailedException($"The bundle is larger than {maxBytes} bytes.", source.Name, limit: maxBytes, setting: ImportLimits.UncompressedBytesSetting);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
