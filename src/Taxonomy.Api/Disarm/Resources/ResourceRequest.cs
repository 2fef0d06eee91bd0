using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Resources;

/// <summary>A resource to create or replace.</summary>
/// <param name="Id">The resource's DISARM id. Required to create; when replacing, taken from the URL. <example>R004</example></param>
/// <param name="Name">The resource's name. <example>platform algorithms</example></param>
/// <param name="Summary">What the resource is.</param>
/// <param name="ResourceType">The kind of resource. <example>data</example></param>
public sealed record ResourceRequest(string? Id, string? Name, string? Summary, string? ResourceType) : INamedRequest;

internal sealed class ResourceRequestValidator : NamedRequestValidator<ResourceRequest>
{
    public ResourceRequestValidator()
        : base(DisarmIds.Resource)
    {
        RuleFor(x => x.ResourceType).MaximumLength(Rules.MaxNameLength);
    }
}
