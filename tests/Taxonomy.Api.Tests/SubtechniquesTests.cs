using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>The DISARM rules tying a sub-technique (T0166.003) to its parent (T0166) and the parent's tactic.</summary>
public sealed class SubtechniquesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task SubtechniqueOfMissingTechniqueIsUnprocessable()
    {
        await _admin.CreateTacticAsync("TA11");

        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0011.001", name = "Orphan" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "id");
        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0011.001", name = "Orphan", tacticId = "TA11" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "id");
        await (await _admin.GetAsync("/api/v1/techniques/T0011.001")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubtechniqueWithoutTacticTakesItsParentsTactic()
    {
        await _admin.CreateTacticAsync("TA21");
        await _admin.CreateTechniqueAsync("T0021", "TA21");

        var created = await _admin.CreateTechniqueAsync("t0021.001");

        Assert.Equal("T0021.001", (string?)created["id"]);
        Assert.Equal("TA21", (string?)created["tacticId"]);
        Assert.Equal("T0021", (string?)created["parentId"]);
        Assert.True((bool)created["isSubtechnique"]!);
        Crud.AssertJsonEqual(created, await (await _admin.GetAsync("/api/v1/techniques/t0021.001")).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task SubtechniqueMayRepeatItsParentsTactic()
    {
        await _admin.CreateTacticAsync("TA22");
        await _admin.CreateTechniqueAsync("T0022", "TA22");

        var created = await _admin.CreateTechniqueAsync("T0022.001", "ta22");

        Assert.Equal("TA22", (string?)created["tacticId"]);
    }

    [Fact]
    public async Task SubtechniqueInAnotherTacticThanItsParentIsUnprocessable()
    {
        await _admin.CreateTacticAsync("TA31");
        await _admin.CreateTacticAsync("TA32");
        await _admin.CreateTechniqueAsync("T0031", "TA31");

        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0031.001", name = "Elsewhere", tacticId = "TA32" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "tacticId");
        await (await _admin.GetAsync("/api/v1/techniques/T0031.001")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReplacingSubtechniqueKeepsItInItsParentsTactic()
    {
        await _admin.CreateTacticAsync("TA33");
        await _admin.CreateTacticAsync("TA34");
        await _admin.CreateTechniqueAsync("T0033", "TA33");
        var subtechnique = await _admin.CreateTechniqueAsync("T0033.001");

        await (await _admin.PutJsonAsync("/api/v1/techniques/T0033.001", new { name = "Elsewhere", tacticId = "TA34" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "tacticId");
        Crud.AssertJsonEqual(subtechnique, await (await _admin.GetAsync("/api/v1/techniques/T0033.001")).ReadJsonAsync(HttpStatusCode.OK));

        var renamed = await (await _admin.PutJsonAsync("/api/v1/techniques/T0033.001", new { name = "Renamed" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Renamed", (string?)renamed["name"]);
        Assert.Equal("TA33", (string?)renamed["tacticId"]);
    }

    [Fact]
    public async Task MovingTechniqueToAnotherTacticMovesItsSubtechniques()
    {
        await _admin.CreateTacticAsync("TA41");
        await _admin.CreateTacticAsync("TA42");
        await _admin.CreateTechniqueAsync("T0041", "TA41");
        await _admin.CreateTechniqueAsync("T0041.001");
        await _admin.CreateTechniqueAsync("T0041.002");

        await (await _admin.PutJsonAsync("/api/v1/techniques/T0041", new { name = "Moved", tacticId = "TA42" })).ReadJsonAsync(HttpStatusCode.OK);

        foreach (var id in new[] { "T0041", "T0041.001", "T0041.002" })
        {
            var technique = await (await _admin.GetAsync($"/api/v1/techniques/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("TA42", (string?)technique["tacticId"]);
        }

        Assert.Equal(["T0041", "T0041.001", "T0041.002"], await _admin.ListIdsAsync("techniques?tacticId=TA42"));
        Assert.Empty(await _admin.ListIdsAsync("techniques?tacticId=TA41"));
    }

    [Fact]
    public async Task TechniqueWithoutTacticIsBadRequest()
    {
        await _admin.CreateTacticAsync("TA51");
        await _admin.CreateTechniqueAsync("T0052", "TA51");

        await (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0051", name = "No tactic" })).ReadBadRequestAsync("tacticId");
        await (await _admin.PutJsonAsync("/api/v1/techniques/T0052", new { name = "No tactic" })).ReadBadRequestAsync("tacticId");
    }
}
