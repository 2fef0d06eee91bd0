using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.AssociatedTechniques;

/// <summary>An association between two techniques to create or replace.</summary>
/// <param name="Id">The association's DISARM id. Required to create; when replacing, taken from the URL. <example>AT00000001</example></param>
/// <param name="TechniqueId">The technique the note is about. <example>T0085.001</example></param>
/// <param name="AssociatedTechniqueId">The related technique. <example>T0085.008</example></param>
/// <param name="Description">How the two relate, and when to use which.</param>
public sealed record AssociatedTechniqueRequest(string? Id, string? TechniqueId, string? AssociatedTechniqueId, string? Description);

internal sealed class AssociatedTechniqueRequestValidator : AbstractValidator<AssociatedTechniqueRequest>
{
    public AssociatedTechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.AssociatedTechnique);
        RuleFor(x => x.TechniqueId).NotEmpty().IdOf(DisarmIds.Technique);
        RuleFor(x => x.AssociatedTechniqueId).NotEmpty().IdOf(DisarmIds.Technique);
        RuleFor(x => x.Description).Text();
    }
}
