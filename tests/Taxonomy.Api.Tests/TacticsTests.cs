using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class TacticsTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task TacticCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateAsync("phases", new { id = "P11", name = "Plan", rank = 1 });
        await _admin.CreateAsync("phases", new { id = "P12", name = "Prepare", rank = 2 });

        await _admin.AssertRoundTripAsync(
            "tactics",
            "TA11",
            create: new { id = "ta11", name = "Develop Content", phaseId = "P11", rank = 6, summary = "Make the material" },
            replace: new { name = "Develop Narratives", phaseId = "P12", rank = 7, summary = (string?)null },
            otherId: "TA12");
    }

    [Fact]
    public async Task CreatingDuplicateTacticIsConflict()
    {
        await _admin.CreateAsync("phases", new { id = "P21", name = "Plan", rank = 1 });
        await _admin.CreateAsync("tactics", new { id = "TA21", name = "Plan strategy", phaseId = "P21", rank = 1 });

        await (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "ta21", name = "Again", phaseId = "P21", rank = 2 })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingTacticWithoutNamePhaseOrRankIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "TA22" })).ReadBadRequestAsync("name", "phaseId", "rank");

    [Fact]
    public async Task CreatingTacticWithMalformedIdOrPhaseIdIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "TA2", name = "Plan strategy", phaseId = "PH23", rank = 1 })).ReadBadRequestAsync("id", "phaseId");

    [Fact]
    public async Task TacticInUnknownPhaseIsUnprocessable()
    {
        await (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "TA24", name = "Plan strategy", phaseId = "P99", rank = 1 }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "phaseId");
        await (await _admin.GetAsync("/api/v1/tactics/TA24")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MovingTacticToUnknownPhaseIsUnprocessableAndChangesNothing()
    {
        await _admin.CreateAsync("phases", new { id = "P25", name = "Plan", rank = 1 });
        var tactic = await _admin.CreateAsync("tactics", new { id = "TA25", name = "Plan strategy", phaseId = "P25", rank = 1 });

        await (await _admin.PutJsonAsync("/api/v1/tactics/TA25", new { name = "Renamed", phaseId = "P98", rank = 2 }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "phaseId");
        Crud.AssertJsonEqual(tactic, await (await _admin.GetAsync("/api/v1/tactics/TA25")).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public Task MalformedTacticIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("tactics", "T26", new { name = "Plan strategy", phaseId = "P01", rank = 1 });

    [Fact]
    public async Task DeletingTacticInUseIsConflictNamingEveryReferrer()
    {
        await _admin.CreateTacticAsync("TA31");
        await _admin.CreateTechniqueAsync("T0031", "TA31");
        await _admin.CreateAsync("tasks", new { id = "TK0031", name = "Goal setting", tacticId = "TA31" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", tacticId = "TA31" });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", tacticId = "TA31" });

        await _admin.AssertDeleteRefusedAsync("tactics", "TA31", new()
        {
            ["techniques"] = ["T0031"],
            ["tasks"] = ["TK0031"],
            ["counters"] = ["C00031"],
            ["detections"] = ["F00031"],
        });
    }

    [Fact]
    public async Task TacticsOfOnePhaseSortByRankOrId()
    {
        await _admin.CreateAsync("phases", new { id = "P41", name = "Plan", rank = 1 });
        await _admin.CreateAsync("phases", new { id = "P42", name = "Prepare", rank = 2 });
        await _admin.CreateAsync("tactics", new { id = "TA41", name = "Third", phaseId = "P41", rank = 3 });
        await _admin.CreateAsync("tactics", new { id = "TA42", name = "First", phaseId = "P41", rank = 1 });
        await _admin.CreateAsync("tactics", new { id = "TA43", name = "Second", phaseId = "P41", rank = 2 });
        await _admin.CreateAsync("tactics", new { id = "TA44", name = "Elsewhere", phaseId = "P42", rank = 1 });

        Assert.Equal(["TA42", "TA43", "TA41"], await _admin.ListIdsAsync("tactics?phaseId=p41&sort=rank"));
        Assert.Equal(["TA41", "TA42", "TA43"], await _admin.ListIdsAsync("tactics?phaseId=P41"));
        Assert.Equal(["TA44"], await _admin.ListIdsAsync("tactics?phaseId=P42"));
    }

    [Fact]
    public async Task UnknownTacticSortIsBadRequest() =>
        await (await _admin.GetAsync("/api/v1/tactics?sort=bogus")).ReadBadRequestAsync("sort");
}
