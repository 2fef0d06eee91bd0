using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.AssociatedTechniques;

/// <summary>Which associations to list.</summary>
/// <param name="TechniqueId">Only the associations noted on this technique. <example>T0166.003</example></param>
public sealed record AssociatedTechniqueListQuery([FromQuery(Name = "techniqueId")][property: FromQuery(Name = "techniqueId")] string? TechniqueId = null);

internal sealed class AssociatedTechniqueListQueryValidator : AbstractValidator<AssociatedTechniqueListQuery>
{
    public AssociatedTechniqueListQueryValidator() => RuleFor(x => x.TechniqueId).IdOf(DisarmIds.Technique);
}
