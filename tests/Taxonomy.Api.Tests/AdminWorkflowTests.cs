using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>The acceptance path: an admin builds a slice of DISARM through the API and reads it back.</summary>
public sealed class AdminWorkflowTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    [Fact]
    public async Task AdminCreatesTacticTechniqueSubtechniqueIncidentMappingAndCounterAndReadsThemBack()
    {
        var admin = factory.CreateAdminClient();
        await (await admin.PostJsonAsync("/api/v1/phases", new { id = "P02", name = "Prepare", rank = 2 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/tactics", new { id = "TA06", name = "Develop Content", phaseId = "P02", rank = 6 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0166", name = "AI-Generated Content", tacticId = "TA06" })).ReadJsonAsync(HttpStatusCode.Created);
        var created = await admin.PostJsonAsync("/api/v1/techniques", new { id = "t0166.003", name = "AI-Nudified Imagery" });
        await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.EndsWith("/api/v1/techniques/T0166.003", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        await (await admin.PostJsonAsync("/api/v1/incidents", new { id = "I00251", name = "The Deepfake Porn Crisis Is Here", urls = new[] { "https://www.glamour.com/story/the-deepfake-porn-crisis-is-here" } })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT00000500", incidentId = "I00251", techniqueIds = new[] { "T0166.003" }, description = "a nudify app", disarmVersion = "1.7" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/counters", new { id = "C00006", name = "Charge for social media", tacticId = "TA06", techniqueIds = new[] { "T0166.003" }, incidentIds = new[] { "I00251" } })).ReadJsonAsync(HttpStatusCode.Created);

        var anonymous = factory.CreateClient();
        var subtechnique = await (await anonymous.GetAsync("/api/v1/techniques/T0166.003")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("T0166", (string?)subtechnique["parentId"]);
        Assert.Equal("TA06", (string?)subtechnique["tacticId"]);
        Assert.True((bool)subtechnique["isSubtechnique"]!);

        var mapping = await (await anonymous.GetAsync("/api/v1/incident-techniques/it00000500")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("I00251", (string?)mapping["incidentId"]);
        Assert.Equal(["T0166.003"], mapping["techniqueIds"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("a nudify app", (string?)mapping["description"]);

        var counter = await (await anonymous.GetAsync("/api/v1/counters/C00006")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["T0166.003"], counter["techniqueIds"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["I00251"], counter["incidentIds"]!.AsArray().Select(t => (string)t!));

        var incident = await (await anonymous.GetAsync("/api/v1/incidents/I00251")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("The Deepfake Porn Crisis Is Here", (string?)incident["name"]);
    }
}
