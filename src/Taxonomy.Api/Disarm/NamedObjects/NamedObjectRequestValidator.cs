using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.NamedObjects;

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
