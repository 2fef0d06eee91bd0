using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class SectorsTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task SectorCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "sectors",
            "S011",
            create: new { id = "s011", name = "Platform", summary = "Social media platforms" },
            replace: new { name = "Platforms", summary = (string?)null },
            otherId: "S012");

    [Fact]
    public async Task ReplacingWithTheUrlsIdInBodyInAnyCaseIsAccepted()
    {
        await _admin.CreateAsync("sectors", new { id = "S013", name = "Platform" });

        var replaced = await (await _admin.PutJsonAsync("/api/v1/sectors/S013", new { id = "s013", name = "Platforms" })).ReadJsonAsync(HttpStatusCode.OK);

        Crud.AssertJsonEqual(Crud.Expected("S013", new { name = "Platforms", summary = (string?)null }, version: 2), replaced);
    }

    [Fact]
    public async Task CreatingDuplicateSectorIsConflict()
    {
        await _admin.CreateAsync("sectors", new { id = "S021", name = "Platform" });

        await (await _admin.PostJsonAsync("/api/v1/sectors", new { id = "s021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingSectorWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/sectors", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingSectorWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/sectors", new { id = "S23", name = "Platform" })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedSectorIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("sectors", "S24", new { name = "Platform" });

    [Fact]
    public async Task DeletingSectorListedByActorTypeIsConflictNamingIt()
    {
        await _admin.CreateAsync("sectors", new { id = "S031", name = "Platform" });
        await _admin.CreateAsync("actor-types", new { id = "A031", name = "Platform owner", sectorIds = new[] { "S031" } });

        await _admin.AssertDeleteRefusedAsync("sectors", "S031", new() { ["actor-types"] = ["A031"] });
    }
}
