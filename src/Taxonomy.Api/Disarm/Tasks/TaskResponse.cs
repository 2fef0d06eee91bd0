using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Tasks;

/// <summary>A task: what a tactic sets out to do.</summary>
/// <param name="Id">The task's DISARM id. <example>TK0001</example></param>
/// <param name="Name">The task's name.</param>
/// <param name="TacticId">The tactic the task belongs to.</param>
/// <param name="FrameworkId">The framework the task belongs to.</param>
/// <param name="Summary">What the task is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record TaskResponse(string Id, string Name, string? TacticId, string? FrameworkId, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<DisarmTask, TaskResponse>> Projection = t => new TaskResponse(t.Id, t.Name, t.TacticId, t.FrameworkId, t.Summary, t.InLatestImport, t.Version, t.Modified);

    public static TaskResponse From(DisarmTask t) => new(t.Id, t.Name, t.TacticId, t.FrameworkId, t.Summary, t.InLatestImport, t.Version, t.Modified);
}
