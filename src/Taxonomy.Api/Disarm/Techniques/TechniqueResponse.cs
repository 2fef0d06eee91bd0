using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>A technique, or a sub-technique of the technique in parentId.</summary>
/// <param name="Id">The technique's DISARM id. <example>T0166.003</example></param>
/// <param name="Name">The technique's name.</param>
/// <param name="TacticId">The tactic the technique sits in.</param>
/// <param name="ParentId">For a sub-technique, its parent technique; otherwise null.</param>
/// <param name="IsSubtechnique">Whether this is a sub-technique.</param>
/// <param name="Summary">What the technique is and how to recognise it.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record TechniqueResponse(string Id, string Name, string TacticId, string? ParentId, bool IsSubtechnique, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Technique, TechniqueResponse>> Projection =
        t => new TechniqueResponse(t.Id, t.Name, t.TacticId, t.ParentId, t.ParentId != null, t.Summary, t.InLatestImport, t.Version, t.Modified);

    public static TechniqueResponse From(Technique t) => new(t.Id, t.Name, t.TacticId, t.ParentId, t.IsSubtechnique, t.Summary, t.InLatestImport, t.Version, t.Modified);
}
