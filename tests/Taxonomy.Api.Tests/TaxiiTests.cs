using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The TAXII 2.1 server over the imported DISARM v1.7: discovery, the collection, paging, filters
/// and errors through HTTP, and the real OASIS client (taxii2client, Python) against the API run
/// as a process of its own.
/// </summary>
public sealed class TaxiiTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private const string Taxii = "application/taxii+json;version=2.1";
    private const string Root = "/taxii2/disarm/";
    private const string CollectionId = "2fadacdf-c960-44bf-97ad-cb2265956258";
    private const string Collection = Root + "collections/" + CollectionId + "/";

    /// <summary>T0002's attack-pattern id as DISARM's own bundle gives it.</summary>
    private static readonly string T0002 = DisarmAttackPatternId("T0002");

    [Fact]
    public async Task DiscoveryLeadsToTheApiRootAndItsReadOnlyCollections()
    {
        var client = imported.Factory.CreateClient();

        var discovery = await GetAsync(client, "/taxii2/");
        Assert.Equal(Root, (string?)discovery["default"]);
        Assert.Equal([Root], discovery["api_roots"]!.AsArray().Select(root => (string?)root));
        var root = await GetAsync(client, Root);
        Assert.Equal([Taxii], root["versions"]!.AsArray().Select(version => (string?)version));
        Assert.True((long)root["max_content_length"]! > 0);
        // The current framework, then the one release the v1.7 import made.
        var collections = (await GetAsync(client, Root + "collections/"))["collections"]!.AsArray();
        Assert.Equal(2, collections.Count);
        var collection = collections[0]!;
        Assert.Equal(CollectionId, (string?)collection["id"]);
        Assert.Equal($"DISARM release {imported.Report["release"]}", (string?)collections[1]!["title"]);
        Assert.True(JsonNode.DeepEquals(collections[1], await GetAsync(client, $"{Root}collections/{collections[1]!["id"]}/")));
        Assert.True((bool)collection["can_read"]!);
        Assert.False((bool)collection["can_write"]!);
        Assert.Equal(["application/stix+json;version=2.1"], collection["media_types"]!.AsArray().Select(type => (string?)type));
        Assert.True(JsonNode.DeepEquals(collection, await GetAsync(client, Collection)));
    }

    [Fact]
    public async Task PagesFollowedByNextHoldTheWholeBundleOnceInTheOrderObjectsWereAdded()
    {
        var client = imported.Factory.CreateClient();
        var bundle = JsonNode.Parse(await client.GetStringAsync("/api/v1/stix/bundle"))!["objects"]!.AsArray();

        var seen = new List<JsonNode>();
        var added = new List<DateTime>();
        string? next = null;
        var pages = 0;
        do
        {
            using var response = await SendAsync(client, Collection + "objects/?limit=700" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next)));
            var page = await ReadTaxiiAsync(response, HttpStatusCode.OK);
            var objects = page["objects"]!.AsArray();
            Assert.InRange(objects.Count, 1, 700);
            seen.AddRange(objects.Select(o => o!));
            added.Add(Time(response.Headers.GetValues("X-TAXII-Date-Added-First").Single()));
            added.Add(Time(response.Headers.GetValues("X-TAXII-Date-Added-Last").Single()));
            next = (bool)page["more"]! ? (string)page["next"]! : null;
            Assert.True(next is not null || page["next"] is null, "The last page has no next.");
            pages++;
        }
        while (next is not null);

        Assert.True(pages > 1, "The collection fits one page of 700; the test pages nothing.");
        Assert.Equal(bundle.Count, seen.Count);
        Assert.Equal(bundle.Select(o => (string)o!["id"]!).Order(StringComparer.Ordinal), seen.Select(o => (string)o["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(added.Order(), added);
    }

    [Fact]
    public async Task LimitIsCappedAndDefaults()
    {
        var client = imported.Factory.CreateClient();

        Assert.Equal(100, (await GetAsync(client, Collection + "objects/"))["objects"]!.AsArray().Count);
        Assert.Equal(1000, (await GetAsync(client, Collection + "objects/?limit=5000"))["objects"]!.AsArray().Count);
        Assert.Equal(3, (await GetAsync(client, Collection + "manifest/?limit=3"))["objects"]!.AsArray().Count);
    }

    [Fact]
    public async Task MatchSelectsByIdTypeAndSpecVersion()
    {
        var client = imported.Factory.CreateClient();

        var byId = Assert.Single((await GetAsync(client, $"{Collection}objects/?match[id]={T0002}"))["objects"]!.AsArray())!;
        Assert.Equal("T0002", (string?)byId["external_references"]![0]!["external_id"]);
        var tactics = (await GetAsync(client, $"{Collection}objects/?match[type]=x-mitre-tactic,x-mitre-matrix&limit=1000"))["objects"]!.AsArray();
        Assert.Equal(16, tactics.Count);
        Assert.Single(tactics, t => (string?)t!["type"] == "x-mitre-matrix");
        var none = await GetAsync(client, $"{Collection}objects/?match[spec_version]=2.0");
        Assert.False((bool)none["more"]!);
        Assert.Null(none["objects"]);
        var unknown = await GetAsync(client, $"{Collection}objects/?match[id]=attack-pattern--00000000-0000-4000-8000-000000000000");
        Assert.Null(unknown["objects"]);
    }

    [Fact]
    public async Task AWriteAddsAVersionThatAddedAfterVersionsAndManifestShow()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        var client = factory.CreateClient();
        var before = DateTime.UtcNow;

        (await factory.CreateAdminClient().PutJsonAsync("/api/v1/techniques/T0002", new { name = "Renamed through the API", tacticId = "TA01" })).EnsureSuccessStatusCode();

        var added = await GetAsync(client, $"{Collection}objects/?added_after={Stamp(before)}");
        var changed = Assert.Single(added["objects"]!.AsArray())!;
        Assert.Equal(T0002, (string?)changed["id"]);
        Assert.Equal("Renamed through the API", (string?)changed["name"]);
        var versions = (await GetAsync(client, $"{Collection}objects/{T0002}/versions/"))["versions"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(versions[^1], (string?)changed["modified"]);
        var all = (await GetAsync(client, $"{Collection}objects/{T0002}/?match[version]=all"))["objects"]!.AsArray();
        Assert.Equal(["Renamed through the API"], all.Skip(1).Select(o => (string?)o!["name"]));
        Assert.NotEqual("Renamed through the API", (string?)all[0]!["name"]);
        var first = Assert.Single((await GetAsync(client, $"{Collection}objects/{T0002}/?match[version]=first"))["objects"]!.AsArray())!;
        Assert.Equal(versions[0], (string?)first["modified"]);
        var manifest = (await GetAsync(client, $"{Collection}manifest/?match[id]={T0002}&match[version]=all"))["objects"]!.AsArray();
        Assert.Equal(versions, manifest.Select(record => (string)record!["version"]!));
        Assert.All(manifest, record => Assert.Equal("application/stix+json;version=2.1", (string?)record!["media_type"]));
    }

    [Theory]
    [InlineData(Root + "collections/00000000-0000-4000-8000-000000000000/")]
    [InlineData(Root + "collections/00000000-0000-4000-8000-000000000000/objects/")]
    [InlineData(Collection + "objects/attack-pattern--00000000-0000-4000-8000-000000000000/")]
    [InlineData(Collection + "objects/not-an-id/versions/")]
    [InlineData(Collection + "objects/%09%0D%0A/versions")]
    [InlineData(Collection + "objects/%20/")]
    [InlineData(Root + "status/1/")]
    public async Task UnknownCollectionsAndObjectsAre404TaxiiErrors(string url)
    {
        using var response = await SendAsync(imported.Factory.CreateClient(), url);

        await ReadErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("application/taxii+json;version=2.1;q=0")]
    [InlineData("text/html")]
    public async Task AnAcceptWithoutTheTaxiiMediaTypeIs406(string accept)
    {
        using var response = await SendAsync(imported.Factory.CreateClient(), Collection + "objects/", accept);

        await ReadErrorAsync(response, HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("application/taxii+json")]
    [InlineData("*/*")]
    [InlineData("application/json, application/taxii+json;version=2.1;q=0.5")]
    public async Task TheTaxiiMediaTypeWithoutVersionOrByWildcardIsAccepted(string accept)
    {
        using var response = await SendAsync(imported.Factory.CreateClient(), Root, accept);

        await ReadTaxiiAsync(response, HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("added_after=yesterday", "added_after")]
    [InlineData("next=somewhere", "next")]
    [InlineData("match[version]=newest", "match[version]")]
    public async Task InvalidParametersAre400TaxiiErrorsNamingThem(string query, string parameter)
    {
        using var response = await SendAsync(imported.Factory.CreateClient(), $"{Collection}objects/?{query}");

        var error = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(error["details"]?[parameter]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TaxonomyApiFactory.AdminKey)]
    public async Task WritesAreRefusedWith403WithOrWithoutAKey(string? key)
    {
        var client = imported.Factory.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, Collection + "objects/") { Content = new StringContent("""{"objects":[]}""") };
        post.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(Taxii);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Collection}objects/{T0002}/");
        foreach (var request in new[] { post, delete })
        {
            request.Headers.TryAddWithoutValidation("Accept", Taxii);
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            await ReadErrorAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
        }

        Assert.Single((await GetAsync(client, $"{Collection}objects/{T0002}/"))["objects"]!.AsArray());
    }

    /// <summary>
    /// The acceptance test of issue 13: the OASIS client reads the whole collection page by page
    /// and finds the bundle; after an API write, added_after finds exactly what it changed, and
    /// the manifest and versions agree with the API's history.
    /// </summary>
    [Fact]
    public async Task TheOasisClientReadsTheBundleAndWhatAWriteChanged()
    {
        var database = Path.Combine(Path.GetTempPath(), $"taxonomy-taxii-{Guid.NewGuid():N}.db");
        await ImportedDatabase.CopyToAsync(database);
        try
        {
            await using var api = await ApiProcess.StartAsync(database);
            using var reader = new HttpClient { BaseAddress = api.Address };
            var bundle = JsonNode.Parse(await reader.GetStringAsync("/api/v1/stix/bundle"))!["objects"]!.AsArray();

            var walk = await RunDriverAsync("walk", new Uri(api.Address, "/taxii2/").ToString(), "250");
            Assert.Equal(new Uri(api.Address, Root).ToString(), (string?)walk["default"]);
            Assert.Equal([Taxii], walk["versions"]!.AsArray().Select(v => (string?)v));
            var collection = walk["collections"]!.AsArray()[0]!;
            Assert.Equal(2, walk["collections"]!.AsArray().Count);
            Assert.Equal(CollectionId, (string?)collection["id"]);
            Assert.False((bool)collection["can_write"]!);
            Assert.True(walk["page_sizes"]!.AsArray().Count > 1, "The client read one page; paging went untested.");
            var read = walk["objects"]!.AsArray().ToDictionary(o => (string)o!["id"]!, o => o!, StringComparer.Ordinal);
            Assert.Equal(bundle.Count, walk["objects"]!.AsArray().Count);
            Assert.Equal(bundle.Select(o => (string)o!["id"]!).Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
            Assert.All(bundle, o => Assert.True(JsonNode.DeepEquals(o, read[(string)o!["id"]!]), $"The collection's {o!["id"]} differs from the bundle's."));

            var before = DateTime.UtcNow;
            using var admin = api.CreateAdminClient();
            (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Renamed for the TAXII client", tacticId = "TA01" })).EnsureSuccessStatusCode();
            var since = await RunDriverAsync("since", new Uri(api.Address, Collection).ToString(), Stamp(before), "100");

            var changed = Assert.Single(since["objects"]!.AsArray())!;
            Assert.Equal(T0002, (string?)changed["id"]);
            Assert.Equal("Renamed for the TAXII client", (string?)changed["name"]);
            var history = (await (await admin.GetAsync("/api/v1/techniques/T0002/history")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
                .Where(v => (string?)v!["kind"] != "Deleted").Select(v => Time((string)v!["modified"]!)).Order().ToList();
            Assert.True(history.Count >= 2);
            Assert.Equal(history, since["versions"]![T0002]!.AsArray().Select(v => Time((string)v!)));
            var manifest = since["manifests"]![T0002]!.AsArray();
            Assert.Equal(history, manifest.Select(r => Time((string)r!["version"]!)));
            Assert.Equal(history, manifest.Select(r => Time((string)r!["date_added"]!)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<JsonNode> RunDriverAsync(params string[] arguments)
    {
        const string python = "/usr/bin/python3";
        const string install = "The TAXII acceptance test runs the OASIS client with Debian's Python: apt-get install -y python3-requests python3-six python3-tz (.ci/run does).";
        Assert.True(File.Exists(python), $"{python} is missing. {install}");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Taxii", "taxii_driver.py"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = ClientFolder();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var stderr = await errors;
        Assert.False(stderr.Contains("ModuleNotFoundError", StringComparison.Ordinal), $"{stderr}\n{install}");
        Assert.True(process.ExitCode == 0, $"The TAXII driver failed ({process.ExitCode}): {stderr}");
        return JsonNode.Parse(await output)!;
    }

    /// <summary>The OASIS TAXII client in ../shared/interop/taxii2-client beside the repository.</summary>
    private static string ClientFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(DisarmData.Folder, "..", "..", "interop", "taxii2-client"));
        Assert.True(Directory.Exists(Path.Combine(folder, "taxii2client")), $"The OASIS TAXII client is not in {folder}.");
        return folder;
    }

    private static string DisarmAttackPatternId(string techniqueId) =>
        JsonNode.Parse(File.ReadAllText(DisarmData.StixBundlePath))!["objects"]!.AsArray()
            .Single(o => (string?)o!["type"] == "attack-pattern" && o["external_references"]!.AsArray().Any(r => (string?)r!["external_id"] == techniqueId))!["id"]!.ToString();

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTime Time(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string accept = Taxii)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        using var response = await SendAsync(client, url);
        return await ReadTaxiiAsync(response, HttpStatusCode.OK);
    }

    private static async Task<JsonNode> ReadTaxiiAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.ReadJsonAsync(expected);
        Assert.Equal(Taxii, response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        return body;
    }

    /// <summary>Asserts a TAXII error message (TAXII 2.1, 3.6.1) with the status, and returns it.</summary>
    private static async Task<JsonNode> ReadErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var error = await ReadTaxiiAsync(response, expected);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["title"]));
        Assert.Equal(((int)expected).ToString(CultureInfo.InvariantCulture), (string?)error["http_status"]);
        return error;
    }
}
