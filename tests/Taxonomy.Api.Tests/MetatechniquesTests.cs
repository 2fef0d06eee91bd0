using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class MetatechniquesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task MetatechniqueCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "metatechniques",
            "M011",
            create: new { id = "m011", name = "Friction", summary = "Slow the spread" },
            replace: new { name = "More friction", summary = (string?)null },
            otherId: "M012");

    [Fact]
    public async Task CreatingDuplicateMetatechniqueIsConflict()
    {
        await _admin.CreateAsync("metatechniques", new { id = "M021", name = "Friction" });

        await (await _admin.PostJsonAsync("/api/v1/metatechniques", new { id = "m021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingMetatechniqueWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/metatechniques", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingMetatechniqueWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/metatechniques", new { id = "M23", name = "Friction" })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedMetatechniqueIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("metatechniques", "MX24", new { name = "Friction" });

    [Fact]
    public async Task DeletingMetatechniqueUsedByCounterAndDetectionIsConflictNamingThem()
    {
        await _admin.CreateAsync("metatechniques", new { id = "M031", name = "Friction" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", metatechniqueId = "M031" });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", metatechniqueId = "M031" });

        await _admin.AssertDeleteRefusedAsync("metatechniques", "M031", new() { ["counters"] = ["C00031"], ["detections"] = ["F00031"] });
    }
}
