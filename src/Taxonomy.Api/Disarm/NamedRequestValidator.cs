using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm;

/// <summary>
/// The rules every request for an object with an id, a name and a summary shares: an id of the
/// type's shape (required to create, taken from the URL to replace), a name, a summary.
/// Each type's validator adds the rules of its other fields.
/// </summary>
internal abstract class NamedRequestValidator<T> : AbstractValidator<T>
    where T : INamedRequest
{
    protected NamedRequestValidator(DisarmIdFormat ids)
    {
        RuleFor(x => x.Id).ObjectId(ids);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
