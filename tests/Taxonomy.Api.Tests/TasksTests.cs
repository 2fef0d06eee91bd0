using System.Net;

namespace Taxonomy.Api.Tests;

public sealed class TasksTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task TaskCanBeCreatedReadReplacedAndDeleted()
    {
        await _admin.CreateTacticAsync("TA11");
        await _admin.CreateAsync("frameworks", new { id = "FW11", name = "DISARM Red" });

        await _admin.AssertRoundTripAsync(
            "tasks",
            "TK0011",
            create: new { id = "tk0011", name = "Goal setting", tacticId = "TA11", frameworkId = "FW11", summary = "Decide what to achieve" },
            replace: new { name = "Goal review", tacticId = (string?)null, frameworkId = (string?)null, summary = "Check the goals" },
            otherId: "TK0012");
    }

    [Fact]
    public async Task CreatingDuplicateTaskIsConflict()
    {
        await _admin.CreateAsync("tasks", new { id = "TK0021", name = "Goal setting" });

        await (await _admin.PostJsonAsync("/api/v1/tasks", new { id = "tk0021", name = "Again" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatingTaskWithoutIdOrNameIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/tasks", new { summary = "No id, no name" })).ReadBadRequestAsync("id", "name");

    [Fact]
    public async Task CreatingTaskWithMalformedIdsIsBadRequest() =>
        await (await _admin.PostJsonAsync("/api/v1/tasks", new { id = "TK23", name = "Goal setting", tacticId = "TA1", frameworkId = "FW1" }))
            .ReadBadRequestAsync("id", "tacticId", "frameworkId");

    [Fact]
    public async Task TaskInUnknownTacticOrFrameworkIsUnprocessable()
    {
        await (await _admin.PostJsonAsync("/api/v1/tasks", new { id = "TK0024", name = "Goal setting", tacticId = "TA99" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "tacticId");
        await (await _admin.PostJsonAsync("/api/v1/tasks", new { id = "TK0024", name = "Goal setting", frameworkId = "FW99" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "frameworkId");
        await (await _admin.GetAsync("/api/v1/tasks/TK0024")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public Task MalformedTaskIdInUrlIsNotFound() =>
        _admin.AssertMalformedRouteIdIsNotFoundAsync("tasks", "TK25", new { name = "Goal setting" });

    [Fact]
    public async Task TasksFilteredByTacticAreExactlyThatTacticsTasks()
    {
        await _admin.CreateTacticAsync("TA41");
        await _admin.CreateTacticAsync("TA42");
        await _admin.CreateAsync("tasks", new { id = "TK0042", name = "Second", tacticId = "TA41" });
        await _admin.CreateAsync("tasks", new { id = "TK0041", name = "First", tacticId = "TA41" });
        await _admin.CreateAsync("tasks", new { id = "TK0043", name = "Elsewhere", tacticId = "TA42" });
        await _admin.CreateAsync("tasks", new { id = "TK0044", name = "Nowhere" });

        Assert.Equal(["TK0041", "TK0042"], await _admin.ListIdsAsync("tasks?tacticId=ta41"));
        Assert.Equal(["TK0043"], await _admin.ListIdsAsync("tasks?tacticId=TA42"));
    }
}
