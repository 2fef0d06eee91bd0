using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.IncidentTechniques;

/// <summary>Which mappings to list.</summary>
/// <param name="IncidentId">Only the mappings of this incident. <example>I00251</example></param>
/// <param name="TechniqueId">Only the mappings naming this technique. <example>T0166.003</example></param>
/// <param name="DisarmVersion">Only the mappings added in this DISARM release. <example>1.7</example></param>
/// <param name="TacticId">Only the mappings naming a technique of this tactic. <example>TA06</example></param>
/// <param name="IncludeSubtechniques">With techniqueId, also the mappings naming one of its sub-techniques.</param>
public sealed record IncidentTechniqueListQuery(
    [FromQuery(Name = "incidentId")][property: FromQuery(Name = "incidentId")] string? IncidentId = null,
    [FromQuery(Name = "techniqueId")][property: FromQuery(Name = "techniqueId")] string? TechniqueId = null,
    [FromQuery(Name = "disarmVersion")][property: FromQuery(Name = "disarmVersion")] string? DisarmVersion = null,
    [FromQuery(Name = "tacticId")][property: FromQuery(Name = "tacticId")] string? TacticId = null,
    [FromQuery(Name = "includeSubtechniques")][property: FromQuery(Name = "includeSubtechniques")] bool? IncludeSubtechniques = null);

internal sealed class IncidentTechniqueListQueryValidator : AbstractValidator<IncidentTechniqueListQuery>
{
    public IncidentTechniqueListQueryValidator()
    {
        RuleFor(x => x.IncidentId).IdOf(DisarmIds.Incident);
        RuleFor(x => x.TechniqueId).IdOf(DisarmIds.Technique);
        RuleFor(x => x.DisarmVersion).MaximumLength(16);
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.IncludeSubtechniques).Null().When(x => x.TechniqueId is null).WithMessage("includeSubtechniques applies to a techniqueId filter; add one.");
    }
}
