using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class ActorTypesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task ActorTypeCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateAsync("sectors", new { id = "S011", name = "Platform" });
        await _admin.CreateAsync("sectors", new { id = "S012", name = "Government" });
        await _admin.CreateAsync("frameworks", new { id = "FW11", name = "DISARM Blue" });

        await _admin.AssertRoundTripAsync(
            "actor-types",
            "A011",
            create: new { id = "a011", name = "social media platform owner", summary = "Runs the platform", sectorIds = new[] { "S011" }, frameworkIds = new[] { "FW11" } },
            replace: new { name = "platform owner", summary = (string?)null, sectorIds = new[] { "S011", "S012" }, frameworkIds = Array.Empty<string>() },
            otherId: "A012");
    }

    [Fact]
    public async Task CreatingDuplicateActorTypeIsConflict()
    {
        await _admin.CreateAsync("actor-types", new { id = "A021", name = "platform owner" });

        await (await _admin.PostJsonAsync("/api/v1/actor-types", new { id = "a021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingActorTypeWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/actor-types", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingActorTypeWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/actor-types", new { id = "A23", name = "platform owner", sectorIds = new[] { "S23" }, frameworkIds = new[] { "FW023" } }))
            .ReadBadRequestAsync("id", "sectorIds[0]", "frameworkIds[0]");

    [Fact]
    public async Task ActorTypeInUnknownSectorOrFrameworkIsUnprocessable()
    {
        await (await _admin.PostJsonAsync("/api/v1/actor-types", new { id = "A024", name = "platform owner", sectorIds = new[] { "S999" } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "sectorIds");
        await (await _admin.PostJsonAsync("/api/v1/actor-types", new { id = "A024", name = "platform owner", frameworkIds = new[] { "FW99" } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "frameworkIds");
        await (await _admin.GetAsync("/api/v1/actor-types/A024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedActorTypeIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("actor-types", "A25", new { name = "platform owner" });

    [Fact]
    public async Task DeletingActorTypeListedByCounterAndDetectionIsConflictNamingThem()
    {
        await _admin.CreateAsync("actor-types", new { id = "A031", name = "platform owner" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", actorTypeIds = new[] { "A031" } });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", actorTypeIds = new[] { "A031" } });

        await _admin.AssertDeleteRefusedAsync("actor-types", "A031", new() { ["counters"] = ["C00031"], ["detections"] = ["F00031"] });
    }

    [Fact]
    public async Task DeletingActorTypeKeepsItsSectors()
    {
        await _admin.CreateAsync("sectors", new { id = "S032", name = "Platform" });
        await _admin.CreateAsync("actor-types", new { id = "A032", name = "platform owner", sectorIds = new[] { "S032" } });

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/actor-types/A032")).StatusCode);

        await (await _admin.GetAsync("/api/v1/sectors/S032")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/sectors/S032")).StatusCode);
    }

    [Fact]
    public async Task ActorTypesFilteredBySectorAreExactlyThatSectorsActorTypes()
    {
        await _admin.CreateAsync("sectors", new { id = "S041", name = "Platform" });
        await _admin.CreateAsync("sectors", new { id = "S042", name = "Government" });
        await _admin.CreateAsync("actor-types", new { id = "A042", name = "Both", sectorIds = new[] { "S041", "S042" } });
        await _admin.CreateAsync("actor-types", new { id = "A041", name = "Platform", sectorIds = new[] { "S041" } });
        await _admin.CreateAsync("actor-types", new { id = "A043", name = "Government", sectorIds = new[] { "S042" } });

        Assert.Equal(["A041", "A042"], await _admin.ListIdsAsync("actor-types?sectorId=s041"));
        Assert.Equal(["A042", "A043"], await _admin.ListIdsAsync("actor-types?sectorId=S042"));
    }
}
