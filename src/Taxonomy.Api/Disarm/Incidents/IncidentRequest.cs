using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Incidents;

/// <summary>An incident to create or replace.</summary>
/// <param name="Id">The incident's DISARM id. Required to create; when replacing, taken from the URL. <example>I00251</example></param>
/// <param name="Name">The incident's name. <example>The Deepfake Porn Crisis Is Here</example></param>
/// <param name="ObjectType">What kind of object this is: incident, campaign, … <example>incident</example></param>
/// <param name="Summary">What happened.</param>
/// <param name="YearStarted">The year the incident started, 1900 to 2100. <example>2016</example></param>
/// <param name="AttributionsSeen">Who the incident has been attributed to. <example>Russia</example></param>
/// <param name="FoundInCountry">Where the incident was seen. <example>USA</example></param>
/// <param name="Urls">The incident's sources, absolute http(s) URLs, in order.</param>
/// <param name="Notes">Curators' notes.</param>
/// <param name="WhenAdded">The date the incident was added to DISARM. <example>2019-02-24</example></param>
/// <param name="FoundVia">How the incident was found.</param>
public sealed record IncidentRequest(
    string? Id,
    string? Name,
    string? ObjectType,
    string? Summary,
    int? YearStarted,
    string? AttributionsSeen,
    string? FoundInCountry,
    IReadOnlyList<string?>? Urls,
    string? Notes,
    DateOnly? WhenAdded,
    string? FoundVia) : INamedRequest
{
    public IncidentDetails ToDetails() => new(
        Name!, ObjectType, Summary, YearStarted, AttributionsSeen, FoundInCountry, (Urls ?? []).Select(u => u!).ToList(), Notes, WhenAdded, FoundVia);
}

internal sealed class IncidentRequestValidator : NamedRequestValidator<IncidentRequest>
{
    public IncidentRequestValidator()
        : base(DisarmIds.Incident)
    {
        RuleFor(x => x.ObjectType).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.YearStarted).InclusiveBetween(Incident.EarliestYear, Incident.LatestYear);
        RuleFor(x => x.AttributionsSeen).Text();
        RuleFor(x => x.FoundInCountry).Text();
        RuleFor(x => x.Urls).Must(urls => urls is null || urls.Count <= Rules.MaxListLength).WithMessage($"At most {Rules.MaxListLength} URLs.");
        RuleForEach(x => x.Urls).NotEmpty().Url();
        RuleFor(x => x.Notes).Text();
        RuleFor(x => x.FoundVia).Text();
    }
}
