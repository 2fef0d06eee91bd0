using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class PlaybooksTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task PlaybookCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateAsync("counters", new { id = "C00011", name = "Charge for social media" });
        await _admin.CreateAsync("counters", new { id = "C00012", name = "Inoculate" });

        await _admin.AssertRoundTripAsync(
            "playbooks",
            "PB00011",
            create: new { id = "pb00011", counterId = "C00011", name = "Game Mechanics: show examples of fake news", summary = "A game" },
            replace: new { counterId = "C00012", name = "Show examples of fake news", summary = (string?)null },
            otherId: "PB00012");
    }

    [Fact]
    public async Task CreatingDuplicatePlaybookIsConflict()
    {
        await _admin.CreateAsync("counters", new { id = "C00021", name = "Charge for social media" });
        await _admin.CreateAsync("playbooks", new { id = "PB00021", counterId = "C00021", name = "Show examples" });

        await (await _admin.PostJsonAsync("/api/v1/playbooks", new { id = "pb00021", counterId = "C00021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingPlaybookWithoutIdCounterOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/playbooks", new { summary = "Nothing else" })).ReadBadRequestAsync("id", "counterId", "name");

    [Fact]
    public async Task CreatingPlaybookWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/playbooks", new { id = "PB23", counterId = "C23", name = "Show examples" }))
            .ReadBadRequestAsync("id", "counterId");

    [Fact]
    public async Task PlaybookOfUnknownCounterIsUnprocessable()
    {
        await (await _admin.PostJsonAsync("/api/v1/playbooks", new { id = "PB00024", counterId = "C99999", name = "Show examples" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "counterId");
        await (await _admin.GetAsync("/api/v1/playbooks/PB00024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MovingPlaybookToUnknownCounterIsUnprocessableAndChangesNothing()
    {
        await _admin.CreateAsync("counters", new { id = "C00025", name = "Charge for social media" });
        var playbook = await _admin.CreateAsync("playbooks", new { id = "PB00025", counterId = "C00025", name = "Show examples" });

        await (await _admin.PutJsonAsync("/api/v1/playbooks/PB00025", new { counterId = "C99998", name = "Renamed" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "counterId");
        Crud.AssertJsonEqual(playbook, await (await _admin.GetAsync("/api/v1/playbooks/PB00025")).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public Task MalformedPlaybookIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("playbooks", "PB26", new { counterId = "C00026", name = "Show examples" });

    [Fact]
    public async Task PlaybooksFilteredByCounterAreExactlyThatCountersPlaybooks()
    {
        await _admin.CreateAsync("counters", new { id = "C00041", name = "Charge for social media" });
        await _admin.CreateAsync("counters", new { id = "C00042", name = "Inoculate" });
        await _admin.CreateAsync("playbooks", new { id = "PB00042", counterId = "C00041", name = "Second" });
        await _admin.CreateAsync("playbooks", new { id = "PB00041", counterId = "C00041", name = "First" });
        await _admin.CreateAsync("playbooks", new { id = "PB00043", counterId = "C00042", name = "Elsewhere" });

        Assert.Equal(["PB00041", "PB00042"], await _admin.ListIdsAsync("playbooks?counterId=c00041"));
        Assert.Equal(["PB00043"], await _admin.ListIdsAsync("playbooks?counterId=C00042"));
    }
}
