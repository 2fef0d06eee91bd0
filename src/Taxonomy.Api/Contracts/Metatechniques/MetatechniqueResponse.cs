using System.Linq.Expressions;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Metatechniques;

/// <summary>A family of counters that work the same way, such as M004 Friction.</summary>
/// <param name="Id">The metatechnique's DISARM id. <example>M004</example></param>
/// <param name="Name">The metatechnique's name.</param>
/// <param name="Summary">What the metatechnique is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
public sealed record MetatechniqueResponse(string Id, string Name, string? Summary, bool InLatestImport)
{
    public static readonly Expression<Func<Metatechnique, MetatechniqueResponse>> Projection = s => new MetatechniqueResponse(s.Id, s.Name, s.Summary, s.InLatestImport);

    public static MetatechniqueResponse From(Metatechnique metatechnique) => new(metatechnique.Id, metatechnique.Name, metatechnique.Summary, metatechnique.InLatestImport);
}
