using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class DetectionsTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task DetectionCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateLinkTargetsAsync("11");
        await _admin.CreateLinkTargetsAsync("12");

        await _admin.AssertRoundTripAsync(
            "detections",
            "F00011",
            create: new
            {
                id = "f00011",
                name = "Analyse aborted / failed campaigns",
                summary = "Learn from failures",
                metatechniqueId = "M011",
                tacticId = "TA11",
                responseTypeId = "D11",
                techniqueIds = new[] { "T0011", "T0011.001" },
                actorTypeIds = new[] { "A011" },
                resourceIds = new[] { "R011" },
                incidentIds = new[] { "I00011" },
                howFound = "2019-11-workshop",
                references = "Workshop notes",
                notes = "Slow",
            },
            replace: new
            {
                name = "Analyse failed campaigns",
                summary = (string?)null,
                metatechniqueId = (string?)null,
                tacticId = "TA12",
                responseTypeId = "D12",
                techniqueIds = new[] { "T0012" },
                actorTypeIds = new[] { "A011", "A012" },
                resourceIds = Array.Empty<string>(),
                incidentIds = new[] { "I00011", "I00012" },
                howFound = (string?)null,
                references = (string?)null,
                notes = (string?)null,
            },
            otherId: "F00012");
    }

    [Fact]
    public async Task CreatingDuplicateDetectionIsConflict()
    {
        await _admin.CreateAsync("detections", new { id = "F00021", name = "Analyse failed campaigns" });

        await (await _admin.PostJsonAsync("/api/v1/detections", new { id = "f00021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingDetectionWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/detections", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingDetectionWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/detections", new { id = "C00023", name = "Analyse failed campaigns", techniqueIds = new[] { "TA23" } }))
            .ReadBadRequestAsync("id", "techniqueIds[0]");

    [Theory]
    [InlineData("metatechniqueId", "M999")]
    [InlineData("tacticId", "TA99")]
    [InlineData("responseTypeId", "D99")]
    public async Task DetectionNamingUnknownObjectIsUnprocessable(string field, string missingId)
    {
        var body = new Dictionary<string, object> { ["id"] = "F00024", ["name"] = "Analyse failed campaigns", [field] = missingId };

        await (await _admin.PostJsonAsync("/api/v1/detections", body)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, field);
        await (await _admin.GetAsync("/api/v1/detections/F00024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("techniqueIds", "T9999")]
    [InlineData("actorTypeIds", "A999")]
    [InlineData("resourceIds", "R999")]
    [InlineData("incidentIds", "I99999")]
    public async Task DetectionListingUnknownObjectIsUnprocessable(string field, string missingId)
    {
        var body = new Dictionary<string, object> { ["id"] = "F00025", ["name"] = "Analyse failed campaigns", [field] = new[] { missingId } };

        await (await _admin.PostJsonAsync("/api/v1/detections", body)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, field);
        await (await _admin.GetAsync("/api/v1/detections/F00025")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedDetectionIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("detections", "F26", new { name = "Analyse failed campaigns" });

    [Fact]
    public async Task DeletingDetectionThatListsTechniquesKeepsTheTechniques()
    {
        await _admin.CreateLinkTargetsAsync("31");
        await _admin.CreateAsync("detections", new { id = "F00031", name = "Analyse failed campaigns", techniqueIds = new[] { "T0031", "T0031.001" } });

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/v1/detections/F00031")).StatusCode);

        await (await _admin.GetAsync("/api/v1/detections/F00031")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.GetAsync("/api/v1/techniques/T0031")).ReadJsonAsync(HttpStatusCode.OK);
        await (await _admin.GetAsync("/api/v1/techniques/T0031.001")).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DetectionsFilterByTechnique()
    {
        await _admin.CreateLinkTargetsAsync("41");
        await _admin.CreateAsync("detections", new { id = "F00042", name = "Both", techniqueIds = new[] { "T0041", "T0041.001" } });
        await _admin.CreateAsync("detections", new { id = "F00041", name = "Parent", techniqueIds = new[] { "T0041" } });
        await _admin.CreateAsync("detections", new { id = "F00043", name = "Child", techniqueIds = new[] { "T0041.001" } });

        Assert.Equal(["F00041", "F00042"], await _admin.ListIdsAsync("detections?techniqueId=T0041"));
        Assert.Equal(["F00042", "F00043"], await _admin.ListIdsAsync("detections?techniqueId=t0041.001"));
    }

    [Fact]
    public async Task ReplacingDetectionWithUnknownTechniqueIsUnprocessableAndChangesNothing()
    {
        await _admin.CreateLinkTargetsAsync("51");
        var detection = await _admin.CreateAsync("detections", new { id = "F00051", name = "Analyse failed campaigns", techniqueIds = new[] { "T0051" } });

        await (await _admin.PutJsonAsync("/api/v1/detections/F00051", new { name = "Renamed", techniqueIds = new[] { "T0051.001", "T9999" } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "techniqueIds");

        Crud.AssertJsonEqual(detection, await (await _admin.GetAsync("/api/v1/detections/F00051")).ReadJsonAsync(HttpStatusCode.OK));
    }
}
