using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class AssociatedTechniquesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task AssociationCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateTacticAsync("TA11");
        await _admin.CreateTechniqueAsync("T0011", "TA11");
        await _admin.CreateTechniqueAsync("T0012", "TA11");
        await _admin.CreateTechniqueAsync("T0012.001");

        await _admin.AssertRoundTripAsync(
            "associated-techniques",
            "AT00000011",
            create: new { id = "at00000011", techniqueId = "T0011", associatedTechniqueId = "T0012", description = "Use T0012 for images" },
            replace: new { techniqueId = "T0011", associatedTechniqueId = "T0012.001", description = (string?)null },
            otherId: "AT00000012");
    }

    [Fact]
    public async Task CreatingDuplicateAssociationIsConflict()
    {
        await _admin.CreateTacticAsync("TA21");
        await _admin.CreateTechniqueAsync("T0021", "TA21");
        await _admin.CreateTechniqueAsync("T0022", "TA21");
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000021", techniqueId = "T0021", associatedTechniqueId = "T0022" });

        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { id = "at00000021", techniqueId = "T0022", associatedTechniqueId = "T0021" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingAssociationWithoutIdOrTechniquesIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { description = "Nothing else" }))
            .ReadBadRequestAsync("id", "techniqueId", "associatedTechniqueId");

    [Fact]
    public async Task CreatingAssociationWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { id = "AT23", techniqueId = "T23", associatedTechniqueId = "TA23" }))
            .ReadBadRequestAsync("id", "techniqueId", "associatedTechniqueId");

    [Fact]
    public async Task AssociationWithUnknownOrSameTechniqueIsUnprocessable()
    {
        await _admin.CreateTacticAsync("TA24");
        await _admin.CreateTechniqueAsync("T0024", "TA24");

        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { id = "AT00000024", techniqueId = "T9999", associatedTechniqueId = "T0024" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "techniqueId");
        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { id = "AT00000024", techniqueId = "T0024", associatedTechniqueId = "T9999" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "associatedTechniqueId");
        await (await _admin.PostJsonAsync("/api/v1/associated-techniques", new { id = "AT00000024", techniqueId = "T0024", associatedTechniqueId = "t0024" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "associatedTechniqueId");
        await (await _admin.GetAsync("/api/v1/associated-techniques/AT00000024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedAssociationIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("associated-techniques", "AT25", new { techniqueId = "T0025", associatedTechniqueId = "T0026" });

    [Fact]
    public async Task AssociationsFilteredByTechniqueAreExactlyThoseAboutIt()
    {
        await _admin.CreateTacticAsync("TA41");
        await _admin.CreateTechniqueAsync("T0041", "TA41");
        await _admin.CreateTechniqueAsync("T0042", "TA41");
        await _admin.CreateTechniqueAsync("T0043", "TA41");
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000042", techniqueId = "T0041", associatedTechniqueId = "T0043" });
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000041", techniqueId = "T0041", associatedTechniqueId = "T0042" });
        await _admin.CreateAsync("associated-techniques", new { id = "AT00000043", techniqueId = "T0042", associatedTechniqueId = "T0041" });

        Assert.Equal(["AT00000041", "AT00000042"], await _admin.ListIdsAsync("associated-techniques?techniqueId=t0041"));
        Assert.Equal(["AT00000043"], await _admin.ListIdsAsync("associated-techniques?techniqueId=T0042"));
        Assert.Empty(await _admin.ListIdsAsync("associated-techniques?techniqueId=T0043"));
    }
}
