using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Phases;

/// <summary>A phase of an operation; phases order the tactics.</summary>
/// <param name="Id">The phase's DISARM id. <example>P02</example></param>
/// <param name="Name">The phase's name.</param>
/// <param name="Rank">The phase's place in DISARM's order.</param>
/// <param name="Summary">What happens in the phase.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record PhaseResponse(string Id, string Name, int Rank, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Phase, PhaseResponse>> Projection = p => new PhaseResponse(p.Id, p.Name, p.Rank, p.Summary, p.InLatestImport, p.Version, p.Modified);

    public static PhaseResponse From(Phase p) => new(p.Id, p.Name, p.Rank, p.Summary, p.InLatestImport, p.Version, p.Modified);
}
