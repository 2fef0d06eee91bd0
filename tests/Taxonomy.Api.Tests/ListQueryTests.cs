using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>How every list answers paging and filter parameters it cannot use.</summary>
public sealed class ListQueryTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("techniques?tacticId=TA99", "tacticId")]
    [InlineData("techniques?parentId=T9999", "parentId")]
    [InlineData("tactics?phaseId=P99", "phaseId")]
    [InlineData("tasks?tacticId=TA99", "tacticId")]
    [InlineData("counters?techniqueId=T9999", "techniqueId")]
    [InlineData("counters?tacticId=TA99", "tacticId")]
    [InlineData("detections?techniqueId=T9999.001", "techniqueId")]
    [InlineData("incident-techniques?incidentId=I99999", "incidentId")]
    [InlineData("incident-techniques?techniqueId=T9999", "techniqueId")]
    [InlineData("associated-techniques?techniqueId=T9999", "techniqueId")]
    [InlineData("actor-types?sectorId=S999", "sectorId")]
    [InlineData("playbooks?counterId=C99999", "counterId")]
    public async Task FilterNamingMissingObjectIsNotFound(string resourceAndQuery, string parameter)
    {
        var problem = await (await _client.GetAsync($"/api/v1/{resourceAndQuery}")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains(parameter, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("techniques?tacticId=XX", "tacticId")]
    [InlineData("techniques?parentId=T1", "parentId")]
    [InlineData("techniques?isSubtechnique=maybe", "isSubtechnique")]
    [InlineData("tactics?phaseId=TA01", "phaseId")]
    [InlineData("tasks?tacticId=XX", "tacticId")]
    [InlineData("counters?techniqueId=TA01", "techniqueId")]
    [InlineData("incident-techniques?incidentId=IT00000001", "incidentId")]
    [InlineData("incident-techniques?techniqueId=XX", "techniqueId")]
    [InlineData("associated-techniques?techniqueId=XX", "techniqueId")]
    [InlineData("actor-types?sectorId=S7", "sectorId")]
    [InlineData("playbooks?counterId=PB00001", "counterId")]
    public async Task MalformedFilterIdIsBadRequest(string resourceAndQuery, string parameter) =>
        await (await _client.GetAsync($"/api/v1/{resourceAndQuery}")).ReadBadRequestAsync(parameter);

    [Theory]
    [InlineData("sectors?pageSize=0")]
    [InlineData("techniques?pageSize=201")]
    [InlineData("counters?pageSize=-1")]
    [InlineData("incidents?pageSize=abc")]
    [InlineData("references?pageSize=1.5")]
    public async Task PageSizeOutsideOneTo200IsBadRequest(string resourceAndQuery) =>
        await (await _client.GetAsync($"/api/v1/{resourceAndQuery}")).ReadBadRequestAsync("pageSize");

    [Theory]
    [InlineData("phases")]
    [InlineData("tactics")]
    public async Task UnknownSortIsBadRequest(string resource) =>
        await (await _client.GetAsync($"/api/v1/{resource}?sort=bogus")).ReadBadRequestAsync("sort");

    [Theory]
    [InlineData("frameworks")]
    [InlineData("phases")]
    [InlineData("tactics")]
    [InlineData("techniques")]
    [InlineData("tasks")]
    [InlineData("incidents")]
    [InlineData("references")]
    [InlineData("incident-techniques")]
    [InlineData("associated-techniques")]
    [InlineData("counters")]
    [InlineData("detections")]
    [InlineData("metatechniques")]
    [InlineData("response-types")]
    [InlineData("actor-types")]
    [InlineData("resources")]
    [InlineData("sectors")]
    [InlineData("playbooks")]
    public async Task EveryListAnswersAPageOfFiftyByDefault(string resource)
    {
        var page = await (await _client.GetAsync($"/api/v1/{resource}")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, (int)page["page"]!);
        Assert.Equal(50, (int)page["pageSize"]!);
        Assert.NotNull(page["items"]?.AsArray());
        Assert.NotNull(page["totalCount"]);
        Assert.NotNull(page["totalPages"]);
    }
}
