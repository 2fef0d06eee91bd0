using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class PhasesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public Task PhaseCanBeCreatedReadReplacedAndDeleted() =>
        _admin.AssertRoundTripAsync(
            "phases",
            "P11",
            create: new { id = "p11", name = "Plan", rank = 1, summary = "Set the goals" },
            replace: new { name = "Prepare", rank = 2, summary = (string?)null },
            otherId: "P12");

    [Fact]
    public async Task CreatingDuplicatePhaseIsConflict()
    {
        await _admin.CreateAsync("phases", new { id = "P21", name = "Plan", rank = 1 });

        await (await _admin.PostJsonAsync("/api/v1/phases", new { id = "p21", name = "Again", rank = 2 })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingPhaseWithoutNameOrRankIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/phases", new { id = "P22" })).ReadBadRequestAsync("name", "rank");

    [Fact]
    public async Task CreatingPhaseWithMalformedIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/phases", new { id = "P023", name = "Plan", rank = 1 })).ReadBadRequestAsync("id");

    [Fact]
    public Task MalformedPhaseIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("phases", "PH24", new { name = "Plan", rank = 1 });

    [Fact]
    public async Task DeletingPhaseUsedByTacticIsConflictNamingTheTactic()
    {
        await _admin.CreateAsync("phases", new { id = "P31", name = "Plan", rank = 1 });
        await _admin.CreateAsync("tactics", new { id = "TA31", name = "Plan strategy", phaseId = "P31", rank = 1 });

        await _admin.AssertDeleteRefusedAsync("phases", "P31", new() { ["tactics"] = ["TA31"] });
    }

    [Fact]
    public async Task PhasesSortedByRankFollowRankAndOtherwiseId()
    {
        await _admin.CreateAsync("phases", new { id = "P41", name = "Last", rank = 903 });
        await _admin.CreateAsync("phases", new { id = "P42", name = "First", rank = 901 });
        await _admin.CreateAsync("phases", new { id = "P43", name = "Second", rank = 902 });
        string[] ours = ["P41", "P42", "P43"];

        Assert.Equal(["P42", "P43", "P41"], (await _admin.ListIdsAsync("phases?sort=rank&pageSize=200")).Intersect(ours));
        Assert.Equal(["P41", "P42", "P43"], (await _admin.ListIdsAsync("phases?pageSize=200")).Intersect(ours));
        Assert.Equal(["P41", "P42", "P43"], (await _admin.ListIdsAsync("phases?sort=id&pageSize=200")).Intersect(ours));
    }

    [Fact]
    public async Task UnknownPhaseSortIsBadRequest() =>
        await (await _admin.GetAsync("/api/v1/phases?sort=bogus")).ReadBadRequestAsync("sort");
}
