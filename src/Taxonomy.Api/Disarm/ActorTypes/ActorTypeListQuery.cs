using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.ActorTypes;

/// <summary>Which actor types to list.</summary>
/// <param name="SectorId">Only actor types in this sector. <example>S007</example></param>
/// <param name="FrameworkId">Only actor types acting from this framework's viewpoint. <example>FW02</example></param>
public sealed record ActorTypeListQuery([FromQuery(Name = "sectorId")][property: FromQuery(Name = "sectorId")] string? SectorId = null, [FromQuery(Name = "frameworkId")][property: FromQuery(Name = "frameworkId")] string? FrameworkId = null);

internal sealed class ActorTypeListQueryValidator : AbstractValidator<ActorTypeListQuery>
{
    public ActorTypeListQueryValidator()
    {
        RuleFor(x => x.SectorId).IdOf(DisarmIds.Sector);
        RuleFor(x => x.FrameworkId).IdOf(DisarmIds.Framework);
    }
}
