using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class ResponseTypesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task ResponseTypeCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "response-types",
            "D11",
            create: new { id = "d11", name = "Deny", summary = "Stop access" },
            replace: new { name = "Disrupt", summary = (string?)null },
            otherId: "D12");

    [Fact]
    public async Task CreatingDuplicateResponseTypeIsConflict()
    {
        await _admin.CreateAsync("response-types", new { id = "D21", name = "Deny" });

        await (await _admin.PostJsonAsync("/api/v1/response-types", new { id = "d21", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingResponseTypeWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/response-types", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingResponseTypeWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/response-types", new { id = "D023", name = "Deny" })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedResponseTypeIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("response-types", "D2", new { name = "Deny" });

    [Fact]
    public async Task DeletingResponseTypeUsedByCounterAndDetectionIsConflictNamingThem()
    {
        await _admin.CreateAsync("response-types", new { id = "D31", name = "Deny" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", responseTypeId = "D31" });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", responseTypeId = "D31" });

        await _admin.AssertDeleteRefusedAsync("response-types", "D31", new() { ["counters"] = ["C00031"], ["detections"] = ["F00031"] });
    }
}
