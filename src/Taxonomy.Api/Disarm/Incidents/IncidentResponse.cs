using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Incidents;

/// <summary>A documented influence operation.</summary>
/// <param name="Id">The incident's DISARM id. <example>I00251</example></param>
/// <param name="Name">The incident's name.</param>
/// <param name="ObjectType">What kind of object this is: incident, campaign, …</param>
/// <param name="Summary">What happened.</param>
/// <param name="YearStarted">The year the incident started.</param>
/// <param name="AttributionsSeen">Who the incident has been attributed to.</param>
/// <param name="FoundInCountry">Where the incident was seen.</param>
/// <param name="Urls">The incident's sources, in order.</param>
/// <param name="Notes">Curators' notes.</param>
/// <param name="WhenAdded">The date the incident was added to DISARM.</param>
/// <param name="FoundVia">How the incident was found.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record IncidentResponse(
    string Id,
    string Name,
    string? ObjectType,
    string? Summary,
    int? YearStarted,
    string? AttributionsSeen,
    string? FoundInCountry,
    IReadOnlyList<string> Urls,
    string? Notes,
    DateOnly? WhenAdded,
    string? FoundVia,
    bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Incident, IncidentResponse>> Projection = i => new IncidentResponse(
        i.Id, i.Name, i.ObjectType, i.Summary, i.YearStarted, i.AttributionsSeen, i.FoundInCountry, i.Urls, i.Notes, i.WhenAdded, i.FoundVia, i.InLatestImport, i.Version, i.Modified);

    public static IncidentResponse From(Incident i) => new(
        i.Id, i.Name, i.ObjectType, i.Summary, i.YearStarted, i.AttributionsSeen, i.FoundInCountry, i.Urls, i.Notes, i.WhenAdded, i.FoundVia, i.InLatestImport, i.Version, i.Modified);
}
