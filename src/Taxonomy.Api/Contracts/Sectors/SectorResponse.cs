using System.Linq.Expressions;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Sectors;

/// <summary>A sector of society that actor types belong to.</summary>
/// <param name="Id">The sector's DISARM id. <example>S007</example></param>
/// <param name="Name">The sector's name.</param>
/// <param name="Summary">What the sector covers.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
public sealed record SectorResponse(string Id, string Name, string? Summary, bool InLatestImport)
{
    public static readonly Expression<Func<Sector, SectorResponse>> Projection = s => new SectorResponse(s.Id, s.Name, s.Summary, s.InLatestImport);

    public static SectorResponse From(Sector sector) => new(sector.Id, sector.Name, sector.Summary, sector.InLatestImport);
}
