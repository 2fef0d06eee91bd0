using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Pages are rendered from the objects the API serves: after an edit, every page that shows the
/// object agrees with GET /api/v1/..., and an object answers the same status as JSON and as a page.
/// Each test runs twice: with every page read from a version's model, and with every page reading
/// for itself (see <see cref="Pages.PageModels"/>).
/// </summary>
public sealed partial class PagesFollowTheDomainTests
{
    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task RenamingAMetatechniqueRenamesItOnEveryCounterPageThatNamesIt(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        var naming = Containing(await CounterPagesAsync(admin), "M004 - Friction");
        Assert.NotEmpty(naming);
        Assert.Equal((await AllAsync(admin, "counters")).Where(counter => (string?)counter.Value["metatechniqueId"] == "M004").Select(counter => counter.Key), naming);

        (await admin.PutJsonAsync("/api/v1/metatechniques/M004", new { name = "Resistance" })).EnsureSuccessStatusCode();

        var after = await CounterPagesAsync(admin);
        Assert.Empty(Containing(after, "M004 - Friction"));
        Assert.Equal(naming, Containing(after, "* **Metatechnique**: M004 - Resistance\n"));
        var index = await PageAsync(admin, "counters_index.md");
        Assert.DoesNotContain("M004 - Friction", index, StringComparison.Ordinal);
        Assert.Equal(naming.Count, index.Split("<td>M004 - Resistance</td>").Length - 1);
    }

    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task RenamingAResourceRenamesItOnEveryCounterPageThatListsIt(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        var resource = await (await admin.GetAsync("/api/v1/resources/R004")).ReadJsonAsync(HttpStatusCode.OK);
        var listing = Containing(await CounterPagesAsync(admin), $"R004 - {resource["name"]}");
        Assert.NotEmpty(listing);

        (await admin.PutJsonAsync("/api/v1/resources/R004", new { name = "ranking systems", summary = (string?)resource["summary"], resourceType = (string?)resource["resourceType"] })).EnsureSuccessStatusCode();

        var after = await CounterPagesAsync(admin);
        Assert.Empty(Containing(after, $"R004 - {resource["name"]}"));
        Assert.Equal(listing, Containing(after, "R004 - ranking systems"));
    }

    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task AfterRenamingATechniqueEveryIndexGridAndCounterPageAgreesWithTheApi(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        var technique = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        var linking = Linking(await AssertTechniqueLinksAgreeWithTheApiAsync(admin), "T0002");
        Assert.Contains(linking, page => page.StartsWith("counters/", StringComparison.Ordinal));
        Assert.Contains(linking, page => page.StartsWith("tactics/", StringComparison.Ordinal));

        (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Renamed State Propaganda", tacticId = (string?)technique["tacticId"] })).EnsureSuccessStatusCode();

        var after = await AssertTechniqueLinksAgreeWithTheApiAsync(admin);
        Assert.Equal(linking, Linking(after, "T0002"));
        Assert.All(linking, page => Assert.Contains(("T0002", "Renamed State Propaganda"), after[page]));
    }

    /// <summary>
    /// A technique is deleted only once nothing refers to it, so the counters that list it are
    /// replaced without it first, as a curator would: their pages then print their new lists.
    /// </summary>
    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task AfterDeletingATechniqueEveryIndexGridAndCounterPageAgreesWithTheApi(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        var before = await AssertTechniqueLinksAgreeWithTheApiAsync(admin);
        var (deleted, counters) = await TechniqueOnlyCountersReferToAsync(admin, before);
        Assert.Contains(Linking(before, deleted), page => page.StartsWith("counters/", StringComparison.Ordinal));

        foreach (var counter in counters)
        {
            (await admin.PutJsonAsync($"/api/v1/counters/{counter}", await ReplacementWithoutAsync(admin, counter, deleted))).EnsureSuccessStatusCode();
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/techniques/{deleted}")).StatusCode);

        var after = await AssertTechniqueLinksAgreeWithTheApiAsync(admin);
        Assert.Empty(Linking(after, deleted));
        await AssertSameStatusAsync(admin, "techniques", deleted, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task AnObjectAReImportNoLongerContainsAnswersAsJsonAndAsAPage(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        using var form = Workbooks.Form(Workbooks.WithSharedString(Workbooks.Frameworks, "T0166.003", "T0166.999"), Workbooks.Data);
        await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);

        var dropped = await (await admin.GetAsync("/api/v1/techniques/T0166.003")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)dropped["inLatestImport"]!);
        await AssertSameStatusAsync(admin, "techniques", "T0166.003", HttpStatusCode.OK);
        await AssertSameStatusAsync(admin, "techniques", "T0166.999", HttpStatusCode.OK);
        Assert.StartsWith($"# Technique T0166.003: {dropped["name"]}\n", await PageAsync(admin, "techniques/T0166.003.md"), StringComparison.Ordinal);
        await AssertTechniqueLinksAgreeWithTheApiAsync(admin);
    }

    /// <summary>
    /// Checks that the technique index and the red framework list exactly the techniques the API
    /// lists, that every tactic page links exactly the API's techniques of its tactic and every
    /// counter page only techniques the API's counter lists, each under the name the API gives it.
    /// Returns the links of each page. A counter page may link fewer than the API lists: while the
    /// imported cell agrees with the counter, the page splits it as DISARM's generator did, which
    /// finds no technique in a cell such as "T0015, T0018", so that many of v1.7's counter pages
    /// link none.
    /// </summary>
    private static async Task<Dictionary<string, List<(string Id, string Name)>>> AssertTechniqueLinksAgreeWithTheApiAsync(HttpClient client)
    {
        var techniques = await AllAsync(client, "techniques");
        var pages = new Dictionary<string, List<(string Id, string Name)>>(StringComparer.Ordinal);
        var index = await PageAsync(client, "techniques_index.md");
        pages["techniques_index.md"] = IndexRow().Matches(index).Select(m => (m.Groups["id"].Value, m.Groups["name"].Value)).ToList();
        var grid = await PageAsync(client, "disarm_red_framework.md");
        pages["disarm_red_framework.md"] = GridCell().Matches(grid).Select(m => (m.Groups["id"].Value, m.Groups["name"].Value)).ToList();
        Assert.All(pages.Values, listed => Assert.Equal(techniques.Keys.Order(StringComparer.Ordinal), listed.Select(link => link.Id).Order(StringComparer.Ordinal)));

        foreach (var tactic in (await AllAsync(client, "tactics")).Keys)
        {
            var linked = pages[$"tactics/{tactic}.md"] = PageLinks(await PageAsync(client, $"tactics/{tactic}.md"));
            Assert.Equal(techniques.Where(t => (string?)t.Value["tacticId"] == tactic).Select(t => t.Key).Order(StringComparer.Ordinal), linked.Select(link => link.Id).Order(StringComparer.Ordinal));
        }

        foreach (var (counter, json) in await AllAsync(client, "counters"))
        {
            var linked = pages[$"counters/{counter}.md"] = PageLinks(await PageAsync(client, $"counters/{counter}.md"));
            Assert.Subset(json["techniqueIds"]!.AsArray().Select(id => (string)id!).ToHashSet(StringComparer.Ordinal), linked.Select(link => link.Id).ToHashSet(StringComparer.Ordinal));
        }

        foreach (var (id, name) in pages.Values.SelectMany(links => links))
        {
            Assert.True(techniques.TryGetValue(id, out var technique), $"A page links {id}, which the API does not have.");
            Assert.Equal((string)technique!["name"]!, name.Trim());
        }

        return pages;
    }

    /// <summary>The pages that link the technique.</summary>
    private static List<string> Linking(Dictionary<string, List<(string Id, string Name)>> pages, string techniqueId) =>
        pages.Where(page => page.Value.Any(link => link.Id == techniqueId)).Select(page => page.Key).Order(StringComparer.Ordinal).ToList();

    private static List<(string Id, string Name)> PageLinks(string page) =>
        PageLink().Matches(page).Select(m => (m.Groups["id"].Value, m.Groups["name"].Value)).ToList();

    private static async Task AssertSameStatusAsync(HttpClient client, string resource, string id, HttpStatusCode expected)
    {
        using var json = await client.GetAsync($"/api/v1/{resource}/{id}");
        using var page = await GetPageAsync(client, $"{resource}/{id}.md");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{resource}/{id}");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var markdown = await client.SendAsync(request);

        Assert.Equal((expected, expected, expected), (json.StatusCode, page.StatusCode, markdown.StatusCode));
    }

    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task ObjectsWrittenWithoutAnyImportArePrintedFromTheirValues(int rendersBeforeModel)
    {
        await using var factory = PageRenders.WithoutImport(rendersBeforeModel);
        using var admin = factory.CreateAdminClient();
        await (await admin.PostJsonAsync("/api/v1/phases", new { id = "P02", name = "Prepare", rank = 2 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/tactics", new { id = "TA06", name = "Develop Content", phaseId = "P02", rank = 6 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0166", name = "AI-Generated Content", tacticId = "TA06" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0166.003", name = "AI-Nudified Imagery", summary = "Made by AI." })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/incidents", new { id = "I00251", name = "The Deepfake Porn Crisis Is Here" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/incident-techniques", new { id = "IT00000500", incidentId = "I00251", techniqueIds = new[] { "T0166.003" }, description = "a nudify app" })).ReadJsonAsync(HttpStatusCode.Created);

        var page = await PageAsync(admin, "techniques/T0166.003.md");

        Assert.StartsWith(
            "# Technique T0166.003: AI-Nudified Imagery\n\n**Summary**: Made by AI.\n\n**Tactic**: TA06 Develop Content <br><br>**Parent Technique:** T0166 AI-Generated Content\n\n",
            page,
            StringComparison.Ordinal);
        Assert.Contains("| [I00251 The Deepfake Porn Crisis Is Here](../../generated_pages/incidents/I00251.md) | a nudify app |\n", page, StringComparison.Ordinal);
    }

    /// <summary>Every counter's page, by counter id, each read once so that one reading serves several checks.</summary>
    private static async Task<Dictionary<string, string>> CounterPagesAsync(HttpClient client)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var counter in (await AllAsync(client, "counters")).Keys)
        {
            pages[counter] = await PageAsync(client, $"counters/{counter}.md");
        }

        return pages;
    }

    /// <summary>The ids of the pages whose text contains <paramref name="text"/>, in the order they were read.</summary>
    private static List<string> Containing(Dictionary<string, string> pages, string text) =>
        pages.Where(page => page.Value.Contains(text, StringComparison.Ordinal)).Select(page => page.Key).ToList();

    /// <summary>
    /// The first technique, by id, that some counter page links and that only counters refer to,
    /// found through the API, with the counters that list it.
    /// </summary>
    private static async Task<(string Id, List<string> Counters)> TechniqueOnlyCountersReferToAsync(HttpClient client, Dictionary<string, List<(string Id, string Name)>> pages)
    {
        var linkedByCounters = pages.Where(page => page.Key.StartsWith("counters/", StringComparison.Ordinal)).SelectMany(page => page.Value.Select(link => link.Id));
        foreach (var id in linkedByCounters.Distinct().Order(StringComparer.Ordinal))
        {
            var technique = await (await client.GetAsync($"/api/v1/techniques/{id}?include=all")).ReadJsonAsync(HttpStatusCode.OK);
            if (new[] { "subtechniques", "associatedTechniques", "incidents" }.All(relation => technique[relation]!.AsArray().Count == 0))
            {
                return (id, technique["counters"]!.AsArray().Select(counter => (string)counter!["id"]!).ToList());
            }
        }

        throw new InvalidOperationException("Every technique a v1.7 counter page links has other referrers.");
    }

    /// <summary>The body that replaces a counter with itself, less one technique.</summary>
    private static async Task<JsonObject> ReplacementWithoutAsync(HttpClient client, string counter, string techniqueId)
    {
        var body = (await (await client.GetAsync($"/api/v1/counters/{counter}")).ReadJsonAsync(HttpStatusCode.OK)).AsObject();
        foreach (var readOnly in new[] { "id", "inLatestImport", "version", "modified" })
        {
            Assert.True(body.Remove(readOnly), $"A counter has no {readOnly}.");
        }

        var techniques = body["techniqueIds"]!.AsArray();
        Assert.True(techniques.Remove(techniques.Single(id => (string?)id == techniqueId)), $"{counter} does not list {techniqueId}.");
        return body;
    }

    private static async Task<Dictionary<string, JsonNode>> AllAsync(HttpClient client, string resource)
    {
        var all = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/{resource}?pageSize=200" + (after is null ? "" : $"&after={after}"))).ReadJsonAsync(HttpStatusCode.OK);
            foreach (var item in page["items"]!.AsArray())
            {
                all.Add((string)item!["id"]!, item);
            }

            after = (string?)page["next"];
        }
        while (after is not null);

        return all;
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await GetPageAsync(client, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Asks for the page as Markdown: pages are served as nothing else, and the admin client accepts only JSON.</summary>
    private static async Task<HttpResponseMessage> GetPageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/generated_pages/{path}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<td><a href=\"techniques/(?<id>[^\"]+)\\.md\">[^<]*</a></td>\n<td>(?<name>[^<]*)</td>")]
    private static partial Regex IndexRow();

    [GeneratedRegex("<td><a href=\"techniques/(?<id>[^\"]+)\\.md\">\\k<id> (?<name>[^<]*)</a></td>")]
    private static partial Regex GridCell();

    [GeneratedRegex("\\[(?<id>T[0-9.]+) (?<name>[^\\]]*)\\]\\(\\.\\./\\.\\./generated_pages/techniques/\\k<id>\\.md\\)")]
    private static partial Regex PageLink();
}
