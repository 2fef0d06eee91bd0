using System.Text.Json;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.History;

/// <summary>Reads the versions kept of one object, through the (Type, ObjectId, Number) index.</summary>
public sealed class VersionHistory(TaxonomyDbContext db, ListTotals totals)
{
    /// <summary>An object's versions, newest first; 404 when no version of it was ever kept.</summary>
    public async Task<PagedList<VersionSummary>> ListAsync(DisarmType type, string id, PageQuery paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        var versions = Of(type, id);
        var page = await versions.OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.Modified, v.ChangedBy, v.Kind.ToString()))
            .ToPageAsync(paging, totals, cancellationToken);
        return page.TotalCount == 0 ? throw NeverExisted(type, id) : page;
    }

    /// <summary>One version of an object; 404 when there is no such version.</summary>
    public async Task<VersionResponse> GetAsync(DisarmType type, string id, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        var version = await Of(type, id).SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            throw await Of(type, id).AnyAsync(cancellationToken)
                ? new ResourceNotFoundException($"{Capitalized(type.Kind)} {id} has no version {number}.")
                : NeverExisted(type, id);
        }

        using var resource = JsonDocument.Parse(version.Resource);
        return new VersionResponse(type.Resource, id, version.Number, version.Modified, version.ChangedBy, version.Kind.ToString(), resource.RootElement.Clone());
    }

    private IQueryable<ObjectVersion> Of(DisarmType type, string id) =>
        db.Versions.AsNoTracking().Where(v => v.Type == type.Resource && v.ObjectId == id);

    private static ResourceNotFoundException NeverExisted(DisarmType type, string id) => new($"There is no {type.Kind} {id}, and there never was.");

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
