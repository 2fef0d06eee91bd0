using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>A framework, metatechnique, response type or sector to create or replace.</summary>
/// <param name="Id">The object's DISARM id, of the list's shape (FW01, M004, D02, S007). Required to create; when replacing, taken from the URL. <example>S007</example></param>
/// <param name="Name">The object's name. <example>Platform</example></param>
/// <param name="Summary">What the object is.</param>
public sealed record NamedObjectRequest(string? Id, string? Name, string? Summary);

/// <summary>The id's shape is the one of the list the request is sent to.</summary>
internal sealed class NamedObjectRequestValidator : AbstractValidator<NamedObjectRequest>
{
    public NamedObjectRequestValidator()
    {
        RuleFor(x => x.Id).ObjectIdOfResource();
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
