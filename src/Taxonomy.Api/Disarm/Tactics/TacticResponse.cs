using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Tactics;

/// <summary>A stage of an operation, inside a phase; techniques sit in tactics.</summary>
/// <param name="Id">The tactic's DISARM id. <example>TA06</example></param>
/// <param name="Name">The tactic's name.</param>
/// <param name="PhaseId">The phase the tactic belongs to.</param>
/// <param name="Rank">The tactic's place in DISARM's order.</param>
/// <param name="Summary">What the tactic is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record TacticResponse(string Id, string Name, string PhaseId, int Rank, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Tactic, TacticResponse>> Projection = t => new TacticResponse(t.Id, t.Name, t.PhaseId, t.Rank, t.Summary, t.InLatestImport, t.Version, t.Modified);

    public static TacticResponse From(Tactic t) => new(t.Id, t.Name, t.PhaseId, t.Rank, t.Summary, t.InLatestImport, t.Version, t.Modified);
}
