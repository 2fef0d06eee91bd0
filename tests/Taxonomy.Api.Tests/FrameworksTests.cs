using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class FrameworksTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task FrameworkCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "frameworks",
            "FW11",
            create: new { id = "fw11", name = "DISARM Red", summary = "Incident creators' techniques" },
            replace: new { name = "DISARM Blue", summary = (string?)null },
            otherId: "FW12");

    [Fact]
    public async Task CreatingDuplicateFrameworkIsConflict()
    {
        await _admin.CreateAsync("frameworks", new { id = "FW21", name = "DISARM Red" });

        await (await _admin.PostJsonAsync("/api/v1/frameworks", new { id = "fw21", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingFrameworkWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/frameworks", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingFrameworkWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/frameworks", new { id = "F23", name = "DISARM Red" })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedFrameworkIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("frameworks", "FW024", new { name = "DISARM Red" });

    [Fact]
    public async Task DeletingFrameworkUsedByTaskAndActorTypeIsConflictNamingThem()
    {
        await _admin.CreateAsync("frameworks", new { id = "FW31", name = "DISARM Red" });
        await _admin.CreateAsync("tasks", new { id = "TK0031", name = "Goal setting", frameworkId = "FW31" });
        await _admin.CreateAsync("actor-types", new { id = "A031", name = "Platform owner", frameworkIds = new[] { "FW31" } });

        await _admin.AssertDeleteRefusedAsync("frameworks", "FW31", new() { ["tasks"] = ["TK0031"], ["actor-types"] = ["A031"] });
    }
}
