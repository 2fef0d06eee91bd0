namespace Taxonomy.Api.Disarm;

/// <summary>A resource that shows its object's version, which its ETag names (see <see cref="VersionETagFilter"/>).</summary>
public interface IVersionedResponse
{
    int Version { get; }
}
