// Drives the API through the client NSwag generated from its OpenAPI document (Generated/),
// against an API that holds the DISARM v1.7 import: dotnet run -- <api-url> <api-key>.
// Each step prints "ok" or throws; any failure ends the program with exit code 1.
using Taxonomy.Clients.NSwag;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: NSwagSmoke <api-url> <api-key>");
    return 2;
}

var (apiUrl, apiKey) = (args[0], args[1]);
// This client's own technique: the other smoke clients create T0901 and T0903, the README T0900.
const string NewTechnique = "T0902";

using var http = new HttpClient();
var reader = new TaxonomyClient(http) { BaseUrl = apiUrl };
using var keyed = new HttpClient();
keyed.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
var writer = new TaxonomyClient(keyed) { BaseUrl = apiUrl };

return await Smoke.RunAsync("nswag-csharp", Describe,
[
    ("technique T0002 with include=tactic,counters", async () =>
    {
        var technique = await reader.GetTechniqueAsync("T0002", [TechniqueInclude.Tactic, TechniqueInclude.Counters], release: null);
        Smoke.Check(technique is { Id: "T0002", Name: "Facilitate State Propaganda", TacticId: "TA02" }, $"got {technique.Id} {technique.Name} in {technique.TacticId}");
        Smoke.Check(technique.Tactic is { Id: "TA02", Name: "Plan Objectives" }, $"included tactic is {technique.Tactic?.Id} {technique.Tactic?.Name}");
        Smoke.Check(technique.Counters is { Count: > 0 } && technique.Counters.All(counter => counter.Id.StartsWith('C')), $"included counters: {technique.Counters?.Count}");
        Smoke.Check(technique.Incidents is null && technique.Subtechniques is null, "relations not asked for are present");
        return $"{technique.Name}, tactic {technique.Tactic!.Name}, {technique.Counters!.Count} counters";
    }),
    ("a page of incident-techniques, then its next", async () =>
    {
        var first = await reader.ListIncidentTechniquesAsync(incidentId: null, techniqueId: null, disarmVersion: null, tacticId: null, includeSubtechniques: null, page: null, pageSize: 5, after: null, release: null);
        Smoke.Check(first is { Items.Count: 5, TotalCount: 227, Next: not null }, $"first page: {first.Items.Count} items of {first.TotalCount}, next {first.Next}");
        var second = await reader.ListIncidentTechniquesAsync(incidentId: null, techniqueId: null, disarmVersion: null, tacticId: null, includeSubtechniques: null, page: null, pageSize: 5, after: first.Next, release: null);
        Smoke.Check(second is { Items.Count: > 0 }, "second page is empty");
        var (firstIds, secondIds) = (first.Items.Select(item => item.Id).ToList(), second.Items.Select(item => item.Id).ToList());
        Smoke.Check(!firstIds.Intersect(secondIds).Any() && string.CompareOrdinal(secondIds[0], firstIds[^1]) > 0, $"second page {string.Join(",", secondIds)} does not follow {string.Join(",", firstIds)}");
        return $"{string.Join(",", firstIds)} then {string.Join(",", secondIds)}";
    }),
    ($"create {NewTechnique} with the key, read it back, delete it", async () =>
    {
        await DeleteIfPresentAsync(NewTechnique);
        var created = await writer.CreateTechniqueAsync(new TechniqueRequest { Id = NewTechnique, Name = "NSwag smoke technique", TacticId = "TA06", Summary = "Made by clients/nswag-csharp." });
        Smoke.Check(created is { Id: NewTechnique, TacticId: "TA06", InLatestImport: false }, $"created {created.Id} in {created.TacticId}");
        var read = await reader.GetTechniqueAsync(NewTechnique, include: null, release: null);
        Smoke.Check(read is { Name: "NSwag smoke technique", Summary: "Made by clients/nswag-csharp." }, $"read back {read.Name}");
        await writer.DeleteTechniqueAsync(NewTechnique);
        var status = await Smoke.StatusOfAsync<ApiException>(() => reader.GetTechniqueAsync(NewTechnique, include: null, release: null), failure => failure.StatusCode);
        Smoke.Check(status == 404, $"after the delete the technique answers {status}");
        return $"{created.Id} version {created.Version}, deleted";
    }),
    ("a write without the key is a 401 problem", async () =>
    {
        var problem = await Smoke.ProblemOfAsync<ApiException<ProblemDetails>>(() => reader.CreateTechniqueAsync(new TechniqueRequest { Id = NewTechnique, Name = "No key", TacticId = "TA06" }));
        Smoke.Check(problem is { StatusCode: 401, Result.Status: 401 } && !string.IsNullOrEmpty(problem.Result.Title), $"got {problem.StatusCode} {problem.Result.Title}");
        return $"{problem.Result.Status} {problem.Result.Title}";
    }),
    ("a bad technique id is a 404 problem", async () =>
    {
        var problem = await Smoke.ProblemOfAsync<ApiException<ProblemDetails>>(() => reader.GetTechniqueAsync("NOT-AN-ID", include: null, release: null));
        Smoke.Check(problem is { StatusCode: 404, Result: { Status: 404, Title: "Not found." } } && problem.Result.Detail?.Contains("NOT-AN-ID", StringComparison.Ordinal) == true,
            $"got {problem.StatusCode}: {problem.Result.Title} / {problem.Result.Detail}");
        return $"{problem.Result.Status} {problem.Result.Title} {problem.Result.Detail}";
    }),
]);

async Task DeleteIfPresentAsync(string id)
{
    if (await Smoke.StatusOfAsync<ApiException>(() => reader.GetTechniqueAsync(id, include: null, release: null), failure => failure.StatusCode) == 200)
    {
        await writer.DeleteTechniqueAsync(id);
    }
}

static string? Describe(Exception failure) => failure switch
{
    ApiException<ProblemDetails> problem => $"HTTP {problem.StatusCode}, {problem.Result.Title}: {problem.Result.Detail}",
    ApiException other => $"HTTP {other.StatusCode}: {other.Response}",
    _ => null,
};
