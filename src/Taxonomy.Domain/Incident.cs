namespace Taxonomy.Domain;

/// <summary>A documented influence operation (I00251), mapped to the techniques it shows.</summary>
public sealed class Incident : DisarmObject
{
    public const int EarliestYear = 1900;
    public const int LatestYear = 2100;

    public Incident(string id, IncidentDetails details)
    {
        Id = DisarmIds.Require(DisarmIds.Incident, id, "id");
        Update(details);
    }

    private Incident()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>DISARM's "objecttype": incident, campaign, …</summary>
    public string? ObjectType { get; private set; }

    public string? Summary { get; private set; }

    public int? YearStarted { get; private set; }

    public string? AttributionsSeen { get; private set; }

    public string? FoundInCountry { get; private set; }

    /// <summary>The incident's sources in DISARM's order; metadata for each lives in <see cref="Reference"/>.</summary>
    public List<string> Urls { get; private set; } = [];

    public string? Notes { get; private set; }

    public DateOnly? WhenAdded { get; private set; }

    public string? FoundVia { get; private set; }

    public void Update(IncidentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.YearStarted is < EarliestYear or > LatestYear)
        {
            throw new DomainRuleException("yearStarted", $"The year an incident started is from {EarliestYear} to {LatestYear}.");
        }

        Name = Text.RequireName(details.Name);
        ObjectType = Text.Optional(details.ObjectType);
        Summary = Text.Optional(details.Summary);
        YearStarted = details.YearStarted;
        AttributionsSeen = Text.Optional(details.AttributionsSeen);
        FoundInCountry = Text.Optional(details.FoundInCountry);
        Urls = WebUrls.Normalize(details.Urls);
        Notes = Text.Optional(details.Notes);
        WhenAdded = details.WhenAdded;
        FoundVia = Text.Optional(details.FoundVia);
    }
}
