using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class CountersTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task CounterCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateLinkTargetsAsync("11");
        await _admin.CreateLinkTargetsAsync("12");

        await _admin.AssertRoundTripAsync(
            "counters",
            "C00011",
            create: new
            {
                id = "c00011",
                name = "Charge for social media",
                summary = "Make accounts cost money",
                metatechniqueId = "M011",
                tacticId = "TA11",
                responseTypeId = "D11",
                techniqueIds = new[] { "T0011", "T0011.001" },
                actorTypeIds = new[] { "A011" },
                resourceIds = new[] { "R011" },
                incidentIds = new[] { "I00011" },
                howFound = "2019-11-workshop",
                references = "Workshop notes",
                notes = "Unpopular",
                tags = "action",
            },
            replace: new
            {
                name = "Charge for accounts",
                summary = (string?)null,
                metatechniqueId = "M012",
                tacticId = (string?)null,
                responseTypeId = "D12",
                techniqueIds = new[] { "T0011", "T0012" },
                actorTypeIds = Array.Empty<string>(),
                resourceIds = new[] { "R011", "R012" },
                incidentIds = new[] { "I00012" },
                howFound = (string?)null,
                references = (string?)null,
                notes = "Still unpopular",
                tags = (string?)null,
            },
            otherId: "C00012");
    }

    [Fact]
    public async Task LinkedIdsInAnyCaseAreStoredInUpperCase()
    {
        await _admin.CreateLinkTargetsAsync("13");

        var created = await _admin.CreateAsync("counters", new
        {
            id = "C00013",
            name = "Charge for social media",
            metatechniqueId = "m013",
            tacticId = "ta13",
            responseTypeId = "d13",
            techniqueIds = new[] { "t0013.001", "t0013", "T0013" },
            actorTypeIds = new[] { "a013" },
            resourceIds = new[] { "r013" },
            incidentIds = new[] { "i00013" },
        });

        Assert.Equal("M013", (string?)created["metatechniqueId"]);
        Assert.Equal("TA13", (string?)created["tacticId"]);
        Assert.Equal("D13", (string?)created["responseTypeId"]);
        Assert.Equal(["T0013", "T0013.001"], created["techniqueIds"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(["A013"], created["actorTypeIds"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(["R013"], created["resourceIds"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(["I00013"], created["incidentIds"]!.AsArray().Select(id => (string)id!));
        Crud.AssertJsonEqual(created, await (await _admin.GetAsync("/api/v1/counters/C00013")).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task CreatingDuplicateCounterIsConflict()
    {
        await _admin.CreateAsync("counters", new { id = "C00021", name = "Charge for social media" });

        await (await _admin.PostJsonAsync("/api/v1/counters", new { id = "c00021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingCounterWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/counters", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingCounterWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/counters", new
        {
            id = "C0023",
            name = "Charge for social media",
            metatechniqueId = "M23",
            tacticId = "TA023",
            responseTypeId = "D023",
            techniqueIds = new[] { "T0023", "T23" },
            actorTypeIds = new[] { "A23" },
            resourceIds = new[] { "R23" },
            incidentIds = new[] { "I23" },
        })).ReadBadRequestAsync("id", "metatechniqueId", "tacticId", "responseTypeId", "techniqueIds[1]", "actorTypeIds[0]", "resourceIds[0]", "incidentIds[0]");

    [Theory]
    [InlineData("metatechniqueId", "M999")]
    [InlineData("tacticId", "TA99")]
    [InlineData("responseTypeId", "D99")]
    public async Task CounterNamingUnknownObjectIsUnprocessable(string field, string missingId)
    {
        var body = new Dictionary<string, object> { ["id"] = "C00024", ["name"] = "Charge for social media", [field] = missingId };

        await (await _admin.PostJsonAsync("/api/v1/counters", body)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, field);
        await (await _admin.GetAsync("/api/v1/counters/C00024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("techniqueIds", "T9999")]
    [InlineData("actorTypeIds", "A999")]
    [InlineData("resourceIds", "R999")]
    [InlineData("incidentIds", "I99999")]
    public async Task CounterListingUnknownObjectIsUnprocessable(string field, string missingId)
    {
        var body = new Dictionary<string, object> { ["id"] = "C00025", ["name"] = "Charge for social media", [field] = new[] { missingId } };

        await (await _admin.PostJsonAsync("/api/v1/counters", body)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, field);
        await (await _admin.GetAsync("/api/v1/counters/C00025")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedCounterIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("counters", "C26", new { name = "Charge for social media" });

    [Fact]
    public async Task DeletingCounterWithPlaybookIsConflictNamingThePlaybook()
    {
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media" });
        await _admin.CreateAsync("playbooks", new { id = "PB00031", counterId = "C00031", name = "Show examples of fake news" });

        await _admin.AssertDeleteRefusedAsync("counters", "C00031", new() { ["playbooks"] = ["PB00031"] });
    }

    [Fact]
    public async Task DeletingCounterThatListsObjectsKeepsThoseObjects()
    {
        await _admin.CreateLinkTargetsAsync("32");
        await _admin.CreateAsync("counters", new
        {
            id = "C00032",
            name = "Charge for social media",
            metatechniqueId = "M032",
            tacticId = "TA32",
            responseTypeId = "D32",
            techniqueIds = new[] { "T0032", "T0032.001" },
            actorTypeIds = new[] { "A032" },
            resourceIds = new[] { "R032" },
            incidentIds = new[] { "I00032" },
        });

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/counters/C00032")).StatusCode);

        await (await _admin.GetAsync("/api/v1/counters/C00032")).ReadProblemAsync(HttpStatusCode.NotFound);
        foreach (var url in new[]
        {
            "techniques/T0032", "techniques/T0032.001", "actor-types/A032", "resources/R032", "incidents/I00032",
            "metatechniques/M032", "tactics/TA32", "response-types/D32",
        })
        {
            await (await _admin.GetAsync($"/api/v1/{url}")).ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/techniques/T0032.001")).StatusCode);
    }

    [Fact]
    public async Task CountersFilterByTechniqueAndByTactic()
    {
        await _admin.CreateLinkTargetsAsync("41");
        await _admin.CreateTacticAsync("TA42");
        await _admin.CreateTechniqueAsync("T0042", "TA42");
        await _admin.CreateAsync("counters", new { id = "C00042", name = "Both", tacticId = "TA42", techniqueIds = new[] { "T0041", "T0042" } });
        await _admin.CreateAsync("counters", new { id = "C00041", name = "First", tacticId = "TA41", techniqueIds = new[] { "T0041" } });
        await _admin.CreateAsync("counters", new { id = "C00043", name = "Second", techniqueIds = new[] { "T0042" } });

        Assert.Equal(["C00041", "C00042"], await _admin.ListIdsAsync("counters?techniqueId=t0041"));
        Assert.Equal(["C00042", "C00043"], await _admin.ListIdsAsync("counters?techniqueId=T0042"));
        Assert.Empty(await _admin.ListIdsAsync("counters?techniqueId=T0041.001"));
        Assert.Equal(["C00041"], await _admin.ListIdsAsync("counters?tacticId=TA41"));
        Assert.Equal(["C00042"], await _admin.ListIdsAsync("counters?tacticId=TA42&techniqueId=T0041"));
    }

    [Fact]
    public async Task ReplacingCounterWithUnknownTechniqueIsUnprocessableAndChangesNothing()
    {
        await _admin.CreateLinkTargetsAsync("51");
        var counter = await _admin.CreateAsync("counters", new
        {
            id = "C00051",
            name = "Charge for social media",
            tacticId = "TA51",
            techniqueIds = new[] { "T0051" },
            actorTypeIds = new[] { "A051" },
            incidentIds = new[] { "I00051" },
        });

        var replace = new
        {
            name = "Renamed",
            tacticId = (string?)null,
            techniqueIds = new[] { "T0051.001", "T9999" },
            actorTypeIds = Array.Empty<string>(),
            incidentIds = Array.Empty<string>(),
        };
        await (await _admin.PutJsonAsync("/api/v1/counters/C00051", replace)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "techniqueIds");

        Crud.AssertJsonEqual(counter, await (await _admin.GetAsync("/api/v1/counters/C00051")).ReadJsonAsync(HttpStatusCode.OK));
        Assert.Equal(["C00051"], await _admin.ListIdsAsync("counters?techniqueId=T0051"));
    }
}
