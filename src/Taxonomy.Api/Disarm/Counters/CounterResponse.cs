using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Counters;

/// <summary>A countermeasure against disinformation techniques.</summary>
/// <param name="Id">The counter's DISARM id. <example>C00006</example></param>
/// <param name="Name">The counter's name.</param>
/// <param name="Summary">What the counter does.</param>
/// <param name="MetatechniqueId">The family of counters it belongs to.</param>
/// <param name="TacticId">The tactic stage it belongs to.</param>
/// <param name="ResponseTypeId">How it responds.</param>
/// <param name="TechniqueIds">The techniques it counters.</param>
/// <param name="ActorTypeIds">The actor types who can run it.</param>
/// <param name="ResourceIds">The resources it needs.</param>
/// <param name="IncidentIds">The incidents it has been seen in.</param>
/// <param name="HowFound">How DISARM found it.</param>
/// <param name="References">Free-text references.</param>
/// <param name="Notes">Curators' notes.</param>
/// <param name="Tags">Free-text tags.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record CounterResponse(
    string Id,
    string Name,
    string? Summary,
    string? MetatechniqueId,
    string? TacticId,
    string? ResponseTypeId,
    IReadOnlyList<string> TechniqueIds,
    IReadOnlyList<string> ActorTypeIds,
    IReadOnlyList<string> ResourceIds,
    IReadOnlyList<string> IncidentIds,
    string? HowFound,
    string? References,
    string? Notes,
    string? Tags,
    bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Counter, CounterResponse>> Projection = c => new CounterResponse(
        c.Id, c.Name, c.Summary, c.MetatechniqueId, c.TacticId, c.ResponseTypeId,
        c.Techniques.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.ActorTypes.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.Resources.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.Incidents.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.HowFound, c.References, c.Notes, c.Tags, c.InLatestImport, c.Version, c.Modified);

    private static readonly Func<Counter, CounterResponse> Map = Projection.Compile();

    public static CounterResponse From(Counter counter) => Map(counter);
}
