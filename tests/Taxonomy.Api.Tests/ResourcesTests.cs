using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class ResourcesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task ResourceCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "resources",
            "R011",
            create: new { id = "r011", name = "platform algorithms", summary = "Ranking code", resourceType = "data" },
            replace: new { name = "platform staff", summary = (string?)null, resourceType = "people" },
            otherId: "R012");

    [Fact]
    public async Task CreatingDuplicateResourceIsConflict()
    {
        await _admin.CreateAsync("resources", new { id = "R021", name = "platform algorithms" });

        await (await _admin.PostJsonAsync("/api/v1/resources", new { id = "r021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingResourceWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/resources", new { resourceType = "data" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingResourceWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/resources", new { id = "R23", name = "platform algorithms" })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedResourceIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("resources", "RES24", new { name = "platform algorithms" });

    [Fact]
    public async Task DeletingResourceListedByCounterAndDetectionIsConflictNamingThem()
    {
        await _admin.CreateAsync("resources", new { id = "R031", name = "platform algorithms" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", resourceIds = new[] { "R031" } });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", resourceIds = new[] { "R031" } });

        await _admin.AssertDeleteRefusedAsync("resources", "R031", new() { ["counters"] = ["C00031"], ["detections"] = ["F00031"] });
    }
}
