using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class TechniquesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task TechniqueCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateTacticAsync("TA11");
        await _admin.CreateTacticAsync("TA12");

        await _admin.AssertRoundTripAsync(
            "techniques",
            "T0011",
            create: new { id = "t0011", name = "AI-Generated Content", tacticId = "TA11", summary = "Content made by models" },
            replace: new { name = "Generated Content", tacticId = "TA12", summary = (string?)null },
            otherId: "T0012",
            computed: new { parentId = (string?)null, isSubtechnique = false });
    }

    [Fact]
    public async Task SubtechniqueCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateTacticAsync("TA13");
        await _admin.CreateTechniqueAsync("T0013", "TA13");

        await _admin.AssertRoundTripAsync(
            "techniques",
            "T0013.001",
            create: new { id = "t0013.001", name = "AI-Nudified Imagery", tacticId = "TA13", summary = "Nudify apps" },
            replace: new { name = "Nudified Imagery", tacticId = "TA13", summary = (string?)null },
            otherId: "T0013.002",
            computed: new { parentId = "T0013", isSubtechnique = true });
    }

    [Fact]
    public async Task CreatingDuplicateTechniqueIsConflict()
    {
        await _admin.CreateTacticAsync("TA21");
        await _admin.CreateTechniqueAsync("T0021", "TA21");
        await _admin.CreateTechniqueAsync("T0021.001");

        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "t0021", name = "Again", tacticId = "TA21" })).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "t0021.001", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingTechniqueWithoutNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0022", tacticId = "TA22" })).ReadBadRequestAsync("name");

    [Fact]
    public async Task CreatingTechniqueWithMalformedIdOrTacticIdIsBadRequest()
    {
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T23", name = "Dox", tacticId = "TA23" })).ReadBadRequestAsync("id");
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0023.01", name = "Dox", tacticId = "TA23" })).ReadBadRequestAsync("id");
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0023", name = "Dox", tacticId = "T23" })).ReadBadRequestAsync("tacticId");
    }

    [Fact]
    public async Task TechniqueInUnknownTacticIsUnprocessable()
    {
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0024", name = "Dox", tacticId = "TA99" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "tacticId");
        await (await _admin.GetAsync("/api/v1/techniques/T0024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedTechniqueIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("techniques", "T25", new { name = "Dox", tacticId = "TA25" });

    [Fact]
    public async Task DeletingTechniqueInUseIsConflictNamingEveryReferrer()
    {
        await _admin.CreateTacticAsync("TA31");
        await _admin.CreateTechniqueAsync("T0031", "TA31");
        await _admin.CreateTechniqueAsync("T0032", "TA31");
        await _admin.CreateTechniqueAsync("T0031.001");
        await _admin.CreateAsync("incidents", new { id = "I00031", name = "Deepfake crisis" });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000031", incidentId = "I00031", techniqueIds = new[] { "T0031" } });
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000031", techniqueId = "T0031", associatedTechniqueId = "T0032" });
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000032", techniqueId = "T0032", associatedTechniqueId = "T0031" });
        await _admin.CreateAsync("counters", new { id = "C00031", name = "Charge for social media", techniqueIds = new[] { "T0031" } });
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", techniqueIds = new[] { "T0031" } });

        await _admin.AssertDeleteRefusedAsync("techniques", "T0031", new()
        {
            ["techniques"] = ["T0031.001"],
            ["incident-techniques"] = ["IT00000031"],
            ["associated-techniques"] = ["AT00000031", "AT00000032"],
            ["counters"] = ["C00031"],
            ["detections"] = ["F00031"],
        });
    }

    [Fact]
    public async Task DeletingTechniqueListedByCounterIsConflictNamingTheCounter()
    {
        await _admin.CreateTacticAsync("TA32");
        await _admin.CreateTechniqueAsync("T0033", "TA32");
        await _admin.CreateAsync("counters", new { id = "C00032", name = "Charge for social media", techniqueIds = new[] { "T0033" } });

        await _admin.AssertDeleteRefusedAsync("techniques", "T0033", new() { ["counters"] = ["C00032"] });
    }

    [Fact]
    public async Task DeletingTechniqueWithSubtechniqueIsConflictNamingIt()
    {
        await _admin.CreateTacticAsync("TA33");
        await _admin.CreateTechniqueAsync("T0034", "TA33");
        await _admin.CreateTechniqueAsync("T0034.002");

        await _admin.AssertDeleteRefusedAsync("techniques", "T0034", new() { ["techniques"] = ["T0034.002"] });
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/techniques/T0034.002")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/techniques/T0034")).StatusCode);
    }

    [Fact]
    public async Task TechniquesFilterByTacticParentAndSubtechnique()
    {
        await _admin.CreateTacticAsync("TA41");
        await _admin.CreateTacticAsync("TA42");
        await _admin.CreateTechniqueAsync("T0042", "TA41");
        await _admin.CreateTechniqueAsync("T0041", "TA41");
        await _admin.CreateTechniqueAsync("T0041.002");
        await _admin.CreateTechniqueAsync("T0041.001");
        await _admin.CreateTechniqueAsync("T0043", "TA42");
        await _admin.CreateTechniqueAsync("T0043.001");

        Assert.Equal(["T0041", "T0041.001", "T0041.002", "T0042"], await _admin.ListIdsAsync("techniques?tacticId=ta41"));
        Assert.Equal(["T0043", "T0043.001"], await _admin.ListIdsAsync("techniques?tacticId=TA42"));
        Assert.Equal(["T0041.001", "T0041.002"], await _admin.ListIdsAsync("techniques?parentId=t0041"));
        Assert.Empty(await _admin.ListIdsAsync("techniques?parentId=T0042"));
        Assert.Equal(["T0041.001", "T0041.002"], await _admin.ListIdsAsync("techniques?tacticId=TA41&isSubtechnique=true"));
        Assert.Equal(["T0041", "T0042"], await _admin.ListIdsAsync("techniques?tacticId=TA41&isSubtechnique=false"));

        var subtechniques = await (await _admin.GetAsync("/api/v1/techniques?isSubtechnique=true&pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        var items = subtechniques["items"]!.AsArray();
        Assert.All(items, item => Assert.True((bool)item!["isSubtechnique"]!));
        Assert.Superset(new HashSet<string> { "T0041.001", "T0041.002", "T0043.001" }, items.Select(item => (string)item!["id"]!).ToHashSet());
    }
}
