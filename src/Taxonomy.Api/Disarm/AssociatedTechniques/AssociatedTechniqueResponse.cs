using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.AssociatedTechniques;

/// <summary>A note that one technique is related to another, and how to choose between them.</summary>
/// <param name="Id">The association's DISARM id. <example>AT00000001</example></param>
/// <param name="TechniqueId">The technique the note is about.</param>
/// <param name="AssociatedTechniqueId">The related technique.</param>
/// <param name="Description">How the two relate, and when to use which.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record AssociatedTechniqueResponse(string Id, string TechniqueId, string AssociatedTechniqueId, string? Description, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<AssociatedTechnique, AssociatedTechniqueResponse>> Projection =
        a => new AssociatedTechniqueResponse(a.Id, a.TechniqueId, a.AssociatedTechniqueId, a.Description, a.InLatestImport, a.Version, a.Modified);

    public static AssociatedTechniqueResponse From(AssociatedTechnique a) => new(a.Id, a.TechniqueId, a.AssociatedTechniqueId, a.Description, a.InLatestImport, a.Version, a.Modified);
}
