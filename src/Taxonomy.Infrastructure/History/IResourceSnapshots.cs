using System.Text.Json.Nodes;

namespace Taxonomy.Infrastructure.History;

/// <summary>
/// The API's JSON of an object as it stands in memory, which versions keep. The API registers it:
/// what a resource looks like is the API's to say.
/// </summary>
public interface IResourceSnapshots
{
    /// <summary>The object's resource, with "version" and "modified" among its fields.</summary>
    JsonObject Snapshot(object entity);
}
