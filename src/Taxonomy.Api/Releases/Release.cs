using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Taxonomy.Infrastructure.History;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Releases;

/// <summary>A release: the state of every object an import left, named by the label the import was given.</summary>
internal sealed record Release(string Label, int ImportId, DateTime ImportedAt, long Position)
{
    /// <summary>The release an import made, for queries.</summary>
    public static readonly Expression<Func<ImportRecord, Release>> OfImport = i => new Release(i.Release, i.Id, i.ImportedAt, i.Position);

    /// <summary>
    /// The object as an object's latest version up to a release shows it, if the release holds it:
    /// not deleted, and held by the release's import (objects kept from elsewhere are not part of it).
    /// </summary>
    public static JsonObject? Held(ObjectVersion? version) =>
        version is { Kind: not ChangeKind.Deleted } && JsonNode.Parse(version.Resource)!.AsObject() is var resource && resource["inLatestImport"]?.GetValue<bool>() == true
            ? resource
            : null;
}
