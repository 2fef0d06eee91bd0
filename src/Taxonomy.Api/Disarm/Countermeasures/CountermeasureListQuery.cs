using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Countermeasures;

/// <summary>Which counters or detections to list.</summary>
/// <param name="TacticId">Only those of this tactic stage. <example>TA01</example></param>
/// <param name="TechniqueId">Only those of this technique. <example>T0002</example></param>
/// <param name="MetatechniqueId">Only those of this metatechnique. <example>M004</example></param>
/// <param name="ResponseTypeId">Only those of this response type. <example>D02</example></param>
/// <param name="ActorTypeId">Only those this actor type can run. <example>A033</example></param>
public sealed record CountermeasureListQuery(
    [FromQuery(Name = "tacticId")][property: FromQuery(Name = "tacticId")] string? TacticId = null,
    [FromQuery(Name = "techniqueId")][property: FromQuery(Name = "techniqueId")] string? TechniqueId = null,
    [FromQuery(Name = "metatechniqueId")][property: FromQuery(Name = "metatechniqueId")] string? MetatechniqueId = null,
    [FromQuery(Name = "responseTypeId")][property: FromQuery(Name = "responseTypeId")] string? ResponseTypeId = null,
    [FromQuery(Name = "actorTypeId")][property: FromQuery(Name = "actorTypeId")] string? ActorTypeId = null);

internal sealed class CountermeasureListQueryValidator : AbstractValidator<CountermeasureListQuery>
{
    public CountermeasureListQueryValidator()
    {
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.TechniqueId).IdOf(DisarmIds.Technique);
        RuleFor(x => x.MetatechniqueId).IdOf(DisarmIds.Metatechnique);
        RuleFor(x => x.ResponseTypeId).IdOf(DisarmIds.ResponseType);
        RuleFor(x => x.ActorTypeId).IdOf(DisarmIds.ActorType);
    }
}
