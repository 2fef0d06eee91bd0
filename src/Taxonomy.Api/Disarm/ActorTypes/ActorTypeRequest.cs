using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.ActorTypes;

/// <summary>An actor type to create or replace.</summary>
/// <param name="Id">The actor type's DISARM id. Required to create; when replacing, taken from the URL. <example>A033</example></param>
/// <param name="Name">The actor type's name. <example>social media platform owner</example></param>
/// <param name="Summary">Who this actor is.</param>
/// <param name="SectorIds">The sectors this actor type belongs to. <example>["S007"]</example></param>
/// <param name="FrameworkIds">The frameworks from whose viewpoint it acts. <example>["FW02"]</example></param>
public sealed record ActorTypeRequest(string? Id, string? Name, string? Summary, IReadOnlyList<string?>? SectorIds, IReadOnlyList<string?>? FrameworkIds) : INamedRequest;

internal sealed class ActorTypeRequestValidator : NamedRequestValidator<ActorTypeRequest>
{
    public ActorTypeRequestValidator()
        : base(DisarmIds.ActorType)
    {
        RuleFor(x => x.SectorIds).IdsOf(DisarmIds.Sector);
        RuleFor(x => x.FrameworkIds).IdsOf(DisarmIds.Framework);
    }
}
