// Drives the API through the client Kiota generated from its OpenAPI document (Generated/),
// against an API that holds the DISARM v1.7 import: dotnet run -- <api-url> <api-key>.
// Each step prints "ok" or throws; any failure ends the program with exit code 1.
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Taxonomy.Clients.Kiota;
using Taxonomy.Clients.Kiota.Api.V1.Techniques.Item;
using Taxonomy.Clients.Kiota.Models;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KiotaSmoke <api-url> <api-key>");
    return 2;
}

var (apiUrl, apiKey) = (args[0].TrimEnd('/'), args[1]);
// This client's own technique: the other smoke clients create T0902 and T0903, the README T0900.
const string NewTechnique = "T0901";

using var http = new HttpClient();
var reader = new TaxonomyClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = apiUrl });
// Kiota's ApiKeyAuthenticationProvider refuses to send a key over plain http, which is what the
// API speaks on the loopback here, so the writer's HttpClient sends the header itself.
using var keyed = new HttpClient();
keyed.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
var writer = new TaxonomyClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: keyed) { BaseUrl = apiUrl });

return await Smoke.RunAsync("kiota-csharp", failure => failure is ProblemDetails problem ? $"HTTP {problem.ResponseStatusCode}, {problem.Title}: {problem.Detail}" : null,
[
    ("technique T0002 with include=tactic,counters", async () =>
    {
        var technique = await reader.Api.V1.Techniques["T0002"].GetAsync(request =>
            request.QueryParameters.Include = [GetIncludeQueryParameterType.Tactic, GetIncludeQueryParameterType.Counters]);
        Smoke.Check(technique is { Id: "T0002", Name: "Facilitate State Propaganda", TacticId: "TA02" }, $"got {technique?.Id} {technique?.Name} in {technique?.TacticId}");
        Smoke.Check(technique!.Tactic is { Id: "TA02", Name: "Plan Objectives" }, $"included tactic is {technique.Tactic?.Id} {technique.Tactic?.Name}");
        Smoke.Check(technique.Counters is { Count: > 0 } && technique.Counters.All(counter => counter.Id?.StartsWith('C') == true), $"included counters: {technique.Counters?.Count}");
        Smoke.Check(technique.Incidents is null && technique.Subtechniques is null, "relations not asked for are present");
        return $"{technique.Name}, tactic {technique.Tactic!.Name}, {technique.Counters!.Count} counters";
    }),
    ("a page of incident-techniques, then its next", async () =>
    {
        var first = await reader.Api.V1.IncidentTechniques.GetAsync(request => request.QueryParameters.PageSize = 5);
        Smoke.Check(first is { Items.Count: 5, TotalCount: 227, Next: not null }, $"first page: {first?.Items?.Count} items of {first?.TotalCount}, next {first?.Next}");
        var second = await reader.Api.V1.IncidentTechniques.GetAsync(request =>
        {
            request.QueryParameters.PageSize = 5;
            request.QueryParameters.After = first!.Next;
        });
        Smoke.Check(second is { Items.Count: > 0 }, "second page is empty");
        var (firstIds, secondIds) = (first!.Items!.Select(item => item.Id).ToList(), second!.Items!.Select(item => item.Id).ToList());
        Smoke.Check(!firstIds.Intersect(secondIds).Any() && string.CompareOrdinal(secondIds[0], firstIds[^1]) > 0, $"second page {string.Join(",", secondIds)} does not follow {string.Join(",", firstIds)}");
        return $"{string.Join(",", firstIds)} then {string.Join(",", secondIds)}";
    }),
    ($"create {NewTechnique} with the key, read it back, delete it", async () =>
    {
        await DeleteIfPresentAsync(NewTechnique);
        var created = await writer.Api.V1.Techniques.PostAsync(new TechniqueRequest { Id = NewTechnique, Name = "Kiota smoke technique", TacticId = "TA06", Summary = "Made by clients/kiota-csharp." });
        Smoke.Check(created is { Id: NewTechnique, TacticId: "TA06", InLatestImport: false }, $"created {created?.Id} in {created?.TacticId}");
        var read = await reader.Api.V1.Techniques[NewTechnique].GetAsync();
        Smoke.Check(read is { Name: "Kiota smoke technique", Summary: "Made by clients/kiota-csharp." }, $"read back {read?.Name}");
        await writer.Api.V1.Techniques[NewTechnique].DeleteAsync();
        var status = await Smoke.StatusOfAsync<ApiException>(() => reader.Api.V1.Techniques[NewTechnique].GetAsync(), failure => failure.ResponseStatusCode);
        Smoke.Check(status == 404, $"after the delete the technique answers {status}");
        return $"{created!.Id} version {created.Version}, deleted";
    }),
    ("a write without the key is a 401 problem", async () =>
    {
        var problem = await Smoke.ProblemOfAsync<ProblemDetails>(() => reader.Api.V1.Techniques.PostAsync(new TechniqueRequest { Id = NewTechnique, Name = "No key", TacticId = "TA06" }));
        Smoke.Check(problem is { ResponseStatusCode: 401, Status: 401 } && !string.IsNullOrEmpty(problem.Title), $"got {problem.ResponseStatusCode} {problem.Title}");
        return $"{problem.Status} {problem.Title}";
    }),
    ("a bad technique id is a 404 problem", async () =>
    {
        var problem = await Smoke.ProblemOfAsync<ProblemDetails>(() => reader.Api.V1.Techniques["NOT-AN-ID"].GetAsync());
        Smoke.Check(problem is { ResponseStatusCode: 404, Status: 404, Title: "Not found." } && problem.Detail?.Contains("NOT-AN-ID", StringComparison.Ordinal) == true,
            $"got {problem.ResponseStatusCode}: {problem.Title} / {problem.Detail}");
        return $"{problem.Status} {problem.Title} {problem.Detail}";
    }),
]);

async Task DeleteIfPresentAsync(string id)
{
    if (await Smoke.StatusOfAsync<ApiException>(() => reader.Api.V1.Techniques[id].GetAsync(), failure => failure.ResponseStatusCode) == 200)
    {
        await writer.Api.V1.Techniques[id].DeleteAsync();
    }
}
