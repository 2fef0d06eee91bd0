using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Incidents;

internal sealed class IncidentRequestValidator : AbstractValidator<IncidentRequest>
{
    public IncidentRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Incident);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.ObjectType).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.Summary).Text();
        RuleFor(x => x.YearStarted).InclusiveBetween(Incident.EarliestYear, Incident.LatestYear);
        RuleFor(x => x.AttributionsSeen).Text();
        RuleFor(x => x.FoundInCountry).Text();
        RuleFor(x => x.Urls).Must(urls => urls is null || urls.Count <= Rules.MaxListLength).WithMessage($"At most {Rules.MaxListLength} URLs.");
        RuleForEach(x => x.Urls).NotEmpty().Url();
        RuleFor(x => x.Notes).Text();
        RuleFor(x => x.FoundVia).Text();
    }
}
