using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Playbooks;

/// <summary>A worked way of carrying out a counter.</summary>
/// <param name="Id">The playbook's DISARM id. <example>PB00001</example></param>
/// <param name="CounterId">The counter the playbook carries out.</param>
/// <param name="Name">The playbook's name.</param>
/// <param name="Summary">How the playbook works.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record PlaybookResponse(string Id, string CounterId, string Name, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Playbook, PlaybookResponse>> Projection = p => new PlaybookResponse(p.Id, p.CounterId, p.Name, p.Summary, p.InLatestImport, p.Version, p.Modified);

    public static PlaybookResponse From(Playbook p) => new(p.Id, p.CounterId, p.Name, p.Summary, p.InLatestImport, p.Version, p.Modified);
}
