using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class IncidentTechniquesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task MappingCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateTacticAsync("TA11");
        await _admin.CreateTechniqueAsync("T0011", "TA11");
        await _admin.CreateTechniqueAsync("T0012", "TA11");
        await _admin.CreateAsync("incidents", new { id = "I00011", name = "Deepfake crisis" });
        await _admin.CreateAsync("incidents", new { id = "I00012", name = "Election rumours" });

        await _admin.AssertRoundTripAsync(
            "incident-techniques",
            "IT00000011",
            create: new { id = "it00000011", incidentId = "I00011", techniqueIds = new[] { "T0011" }, description = "a nudify app", disarmVersion = "1.7" },
            replace: new { incidentId = "I00012", techniqueIds = new[] { "T0011", "T0012" }, description = (string?)null, disarmVersion = "1.8" },
            otherId: "IT00000012");
    }

    [Fact]
    public async Task CreatingDuplicateMappingIsConflict()
    {
        await _admin.CreateTacticAsync("TA21");
        await _admin.CreateTechniqueAsync("T0021", "TA21");
        await _admin.CreateAsync("incidents", new { id = "I00021", name = "Deepfake crisis" });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000021", incidentId = "I00021", techniqueIds = new[] { "T0021" } });

        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "it00000021", incidentId = "I00021", techniqueIds = new[] { "T0021" } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingMappingWithoutIdIncidentOrTechniquesIsBadRequest()
    {
        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { description = "Nothing else" })).ReadBadRequestAsync("id", "incidentId", "techniqueIds");
        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT00000022", incidentId = "I00022", techniqueIds = Array.Empty<string>() }))
            .ReadBadRequestAsync("techniqueIds");
    }

    [Fact]
    public async Task CreatingMappingWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT23", incidentId = "I23", techniqueIds = new[] { "T0023", "T23" } }))
            .ReadBadRequestAsync("id", "incidentId", "techniqueIds[1]");

    [Fact]
    public async Task MappingToUnknownIncidentOrTechniqueIsUnprocessable()
    {
        await _admin.CreateTacticAsync("TA24");
        await _admin.CreateTechniqueAsync("T0024", "TA24");
        await _admin.CreateAsync("incidents", new { id = "I00024", name = "Deepfake crisis" });

        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT00000024", incidentId = "I99999", techniqueIds = new[] { "T0024" } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "incidentId");
        await (await _admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT00000024", incidentId = "I00024", techniqueIds = new[] { "T0024", "T9999" } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "techniqueIds");
        await (await _admin.GetAsync("/api/v1/incident-techniques/IT00000024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedMappingIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("incident-techniques", "IT0025", new { incidentId = "I00025", techniqueIds = new[] { "T0025" } });

    [Fact]
    public async Task MappingsFilterByIncidentAndByTechnique()
    {
        await _admin.CreateTacticAsync("TA41");
        await _admin.CreateTechniqueAsync("T0041", "TA41");
        await _admin.CreateTechniqueAsync("T0042", "TA41");
        await _admin.CreateTechniqueAsync("T0043", "TA41");
        await _admin.CreateAsync("incidents", new { id = "I00041", name = "Deepfake crisis" });
        await _admin.CreateAsync("incidents", new { id = "I00042", name = "Election rumours" });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000042", incidentId = "I00041", techniqueIds = new[] { "T0041", "T0042" } });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000041", incidentId = "I00041", techniqueIds = new[] { "T0041" } });
        await _admin.CreateAsync("incident-techniques", new { id = "IT00000043", incidentId = "I00042", techniqueIds = new[] { "T0042" } });

        Assert.Equal(["IT00000041", "IT00000042"], await _admin.ListIdsAsync("incident-techniques?incidentId=i00041"));
        Assert.Equal(["IT00000043"], await _admin.ListIdsAsync("incident-techniques?incidentId=I00042"));
        Assert.Equal(["IT00000041", "IT00000042"], await _admin.ListIdsAsync("incident-techniques?techniqueId=T0041"));
        Assert.Equal(["IT00000042", "IT00000043"], await _admin.ListIdsAsync("incident-techniques?techniqueId=t0042"));
        Assert.Equal(["IT00000042"], await _admin.ListIdsAsync("incident-techniques?incidentId=I00041&techniqueId=T0042"));
        Assert.Empty(await _admin.ListIdsAsync("incident-techniques?techniqueId=T0043"));
    }
}
