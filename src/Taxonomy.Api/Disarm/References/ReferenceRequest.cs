using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.References;

/// <summary>A source document to create or replace.</summary>
/// <param name="Url">The document's URL, which identifies it; incidents cite it by this URL. <example>https://www.glamour.com/story/the-deepfake-porn-crisis-is-here</example></param>
/// <param name="PublishedOn">The publication date. <example>2025-12-08</example></param>
/// <param name="PublishedOnText">The publication date as free text, when it is not a plain date; ignored when publishedOn is given.</param>
/// <param name="Authors">The authors. <example>Stacey Leasca</example></param>
/// <param name="Organisation">The publishing organisation. <example>Glamour</example></param>
/// <param name="ArchiveUrl">An archived copy. <example>https://archive.is/rZDdF</example></param>
public sealed record ReferenceRequest(string? Url, DateOnly? PublishedOn, string? PublishedOnText, string? Authors, string? Organisation, string? ArchiveUrl);

internal sealed class ReferenceRequestValidator : AbstractValidator<ReferenceRequest>
{
    public ReferenceRequestValidator()
    {
        RuleFor(x => x.Url).NotEmpty().WithMessage("A reference is identified by its URL.").Url();
        RuleFor(x => x.PublishedOnText).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.Authors).Text();
        RuleFor(x => x.Organisation).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.ArchiveUrl).Url();
    }
}
