using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.IncidentTechniques;

/// <summary>An incident→technique mapping to create or replace.</summary>
/// <param name="Id">The mapping's DISARM id. Required to create; when replacing, taken from the URL. <example>IT00000215</example></param>
/// <param name="IncidentId">The incident the passage comes from. <example>I00251</example></param>
/// <param name="TechniqueIds">The techniques the passage shows; at least one. <example>["T0166.003"]</example></param>
/// <param name="Description">The passage quoted from the incident's source.</param>
/// <param name="DisarmVersion">The DISARM release that added the mapping. <example>1.7</example></param>
public sealed record IncidentTechniqueRequest(string? Id, string? IncidentId, IReadOnlyList<string?>? TechniqueIds, string? Description, string? DisarmVersion);

internal sealed class IncidentTechniqueRequestValidator : AbstractValidator<IncidentTechniqueRequest>
{
    public IncidentTechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.IncidentTechnique);
        RuleFor(x => x.IncidentId).NotEmpty().WithMessage("A mapping belongs to an incident.").IdOf(DisarmIds.Incident);
        RuleFor(x => x.TechniqueIds).NotEmpty().WithMessage("A mapping names at least one technique.");
        RuleFor(x => x.TechniqueIds).IdsOf(DisarmIds.Technique);
        RuleFor(x => x.Description).Text();
        RuleFor(x => x.DisarmVersion).MaximumLength(16).Matches(@"^[0-9]+(\.[0-9]+)*$").WithMessage("A DISARM version looks like 1.7.");
    }
}
