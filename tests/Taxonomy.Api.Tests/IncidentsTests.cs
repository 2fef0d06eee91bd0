using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class IncidentsTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task IncidentCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "incidents",
            "I00011",
            create: new
            {
                id = "i00011",
                name = "The Deepfake Porn Crisis Is Here",
                objectType = "incident",
                summary = "Nudify apps spread",
                yearStarted = 2023,
                attributionsSeen = "Unknown",
                foundInCountry = "USA",
                urls = new[] { "https://www.glamour.com/story/the-deepfake-porn-crisis-is-here", "https://archive.is/rZDdF" },
                notes = "Seen in schools",
                whenAdded = "2024-02-24",
                foundVia = "Press",
            },
            replace: new
            {
                name = "Deepfake crisis",
                objectType = "campaign",
                summary = (string?)null,
                yearStarted = (int?)null,
                attributionsSeen = (string?)null,
                foundInCountry = "UK",
                urls = new[] { "https://archive.is/rZDdF" },
                notes = (string?)null,
                whenAdded = (string?)null,
                foundVia = (string?)null,
            },
            otherId: "I00012");

    [Fact]
    public async Task CreatingDuplicateIncidentIsConflict()
    {
        await _admin.CreateAsync("incidents", new { id = "I00021", name = "Deepfake crisis" });

        await (await _admin.PostJsonAsync("/api/v1/incidents", new { id = "i00021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingIncidentWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/incidents", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingIncidentWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/incidents", new { id = "I0023", name = "Deepfake crisis" })).ReadBadRequestAsync("id");

    [Fact]
    public async Task CreatingIncidentWithInvalidYearOrUrlIsBadRequest()
    {
        await (await _admin.PostJsonAsync("/api/v1/incidents", new { id = "I00024", name = "Deepfake crisis", yearStarted = 1800 })).ReadBadRequestAsync("yearStarted");
        await (await _admin.PostJsonAsync("/api/v1/incidents", new { id = "I00024", name = "Deepfake crisis", urls = new[] { "ftp://example.com/a" } })).ReadBadRequestAsync("urls[0]");
        await (await _admin.GetAsync("/api/v1/incidents/I00024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedIncidentIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("incidents", "I25", new { name = "Deepfake crisis" });

    [Fact]
    public async Task DeletingIncidentInUseIsConflictNamingItsMappingsCountersAndDetections()
    {
        await _admin.CreateTacticAsync("TA31");
        await _admin.CreateTechniqueAsync("T0031", "TA31");
        await _admin.CreateAsync("incidents", new { id = "I00031", name = "Deepfake crisis" });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000031", incidentId = "I00031", techniqueIds = new[] { "T0031" } });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", incidentIds = new[] { "I00031" } });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", incidentIds = new[] { "I00031" } });

        await _admin.AssertDeleteRefusedAsync("incidents", "I00031", new()
        {
            ["incident-techniques"] = ["IT00000031"],
            ["counters"] = ["C00031"],
            ["detections"] = ["F00031"],
        });
    }
}
