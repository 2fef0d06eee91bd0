using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Api.Security;

namespace Taxonomy.Api.Tests;

public sealed class OpenApiDocumentTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private static readonly string[] WriteMethods = ["post", "put", "delete"];

    [Fact]
    public async Task EveryOperationHasASummaryAndDocumentsItsProblems()
    {
        var operations = await OperationsAsync();

        Assert.NotEmpty(operations);
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["summary"]), $"{op.Method} {op.Path} has no summary");
            // TAXII routes answer TAXII error messages, TAXII's format for errors, in the TAXII media type.
            var errorType = IsTaxii(op.Path) ? "application/taxii+json;version=2.1" : "application/problem+json";
            var problems = op.Operation["responses"]!.AsObject()
                .Where(r => r.Key.StartsWith('4') && r.Value?["content"]?[errorType] is not null);
            // An operation that takes no input at all (the framework grids) has no client error to document.
            var takesInput = op.Operation["parameters"]?.AsArray().Count > 0 || op.Operation["requestBody"] is not null;
            Assert.True(problems.Any() || !takesInput, $"{op.Method} {op.Path} documents no problem response");
        });
    }

    /// <summary>Client generators name their methods after operationIds, so each is unique and, for the ones pinned here, stable.</summary>
    [Theory]
    [InlineData("get", "/api/v1/techniques", "listTechniques")]
    [InlineData("get", "/api/v1/techniques/{id}", "getTechnique")]
    [InlineData("post", "/api/v1/response-types", "createResponseType")]
    [InlineData("put", "/api/v1/actor-types/{id}", "replaceActorType")]
    [InlineData("delete", "/api/v1/techniques/{id}", "deleteTechnique")]
    [InlineData("get", "/api/v1/techniques/{id}/history", "listTechniqueHistory")]
    [InlineData("get", "/api/v1/techniques/{id}/history/{version}", "getTechniqueVersion")]
    [InlineData("post", "/api/v1/techniques/{id}/history/{version}/restore", "restoreTechniqueVersion")]
    [InlineData("get", "/api/v1/incident-techniques", "listIncidentTechniques")]
    [InlineData("get", "/api/v1/incidents/{id}/techniques", "listTechniquesOfIncident")]
    [InlineData("get", "/api/v1/stix/bundle", "getStixBundle")]
    [InlineData("get", "/taxii2/disarm/collections/{collectionId}/objects", "listTaxiiObjects")]
    [InlineData("get", "/api/v1/search", "search")]
    [InlineData("get", "/api/v1/releases/{from}/diff/{to}", "diffReleases")]
    public async Task EveryOperationHasAUniqueOperationId(string method, string path, string operationId)
    {
        var operations = await OperationsAsync();
        var ids = operations.Select(op => (string?)op.Operation["operationId"]).ToList();

        Assert.All(operations, op => Assert.Matches("^[a-z][A-Za-z]*$", (string?)op.Operation["operationId"] ?? $"{op.Method} {op.Path} has none"));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(operationId, (string?)operations.Single(op => op.Method == method && op.Path == path).Operation["operationId"]);
    }

    [Fact]
    public async Task EveryParameterIsDescribedAndClosedOnesListTheirValues()
    {
        var operations = await OperationsAsync();
        JsonNode Parameter(string path, string name) =>
            operations.Single(op => op.Method == "get" && op.Path == path).Operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

        Assert.All(
            operations.SelectMany(op => op.Operation["parameters"]?.AsArray() ?? [], (op, parameter) => (op.Method, op.Path, Parameter: parameter!)),
            p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Parameter["description"]), $"{p.Method} {p.Path} {p.Parameter["name"]} has no description"));
        Assert.Equal(["id", "rank"], Parameter("/api/v1/phases", "sort")["schema"]!["enum"]!.AsArray().Select(value => (string?)value));
        // A comma-separated list: an array sent as include=tactic,parent.
        var include = Parameter("/api/v1/techniques/{id}", "include");
        Assert.Equal("array", (string?)include["schema"]!["type"]);
        Assert.False((bool)include["explode"]!);
        Assert.Contains("all", include["schema"]!["items"]!["enum"]!.AsArray().Select(value => (string?)value));
        // Named, so that a generated client's type for it is named too (not NSwag's Anonymous5).
        Assert.Equal("TechniqueInclude", (string?)include["schema"]!["items"]!["title"]);
        Assert.Equal("integer", (string?)Parameter("/api/v1/techniques", "pageSize")["schema"]!["type"]);
    }

    [Fact]
    public async Task ImportDocumentsItsTwoWorkbookFieldsTheStixBundleAndTheRelease()
    {
        var document = await DocumentAsync();

        var form = document["paths"]!["/api/v1/imports"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!["properties"]!.AsObject();
        Assert.Equal(["frameworks", "data", "stix", "release"], form.Select(field => field.Key));
        // Inline, not a reference to an IFormFile component: NSwag's C# client compiles only so.
        Assert.All(form.Take(3), file => Assert.Equal(("string", "binary"), ((string?)file.Value!["type"], (string?)file.Value["format"])));
        Assert.Null(document["components"]!["schemas"]!["IFormFile"]);
    }

    [Fact]
    public async Task EveryWriteNeedsTheApiKeyAndDocuments401()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", (string?)scheme["type"]);
        Assert.Equal("header", (string?)scheme["in"]);
        Assert.Equal("X-Api-Key", (string?)scheme["name"]);

        // TAXII's writes are refused for everyone (the collection cannot be written), so they need no key.
        var writes = (await OperationsAsync()).Where(op => WriteMethods.Contains(op.Method) && !IsTaxii(op.Path)).ToList();
        Assert.Equal((17 * 4) + 1, writes.Count); // create, replace, delete and restore of 17 resources, and the import
        Assert.All(writes, op =>
        {
            Assert.Contains(op.Operation["security"]!.AsArray(), requirement => requirement!["ApiKey"] is not null);
            Assert.NotNull(op.Operation["responses"]!["401"]);
        });
    }

    /// <summary>An editor's key is a valid key that such an operation refuses with 403, as the fuzz test found the import doing undocumented.</summary>
    [Fact]
    public async Task EveryOperationOnlyAnAdminMayCallDocuments403()
    {
        var document = await DocumentAsync();
        var adminOnly = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(authorize => authorize.Policy == Roles.Admin))
            .Select(e => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/').Replace(":int}", "}", StringComparison.Ordinal), Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant()))
            .ToList();

        Assert.Contains(("/api/v1/imports", "post"), adminOnly);
        Assert.Equal(17 + 1, adminOnly.Count); // the restore of 17 resources, and the import
        Assert.All(adminOnly, op => Assert.True(document["paths"]![op.Path]![op.Method]!["responses"]!["403"] is not null, $"{op.Method} {op.Path} does not document 403"));
    }

    /// <summary>A restore answers 200 with the object, whether it overwrites it or recreates it; the fuzz test found 201 documented instead.</summary>
    [Fact]
    public async Task RestoresDocumentThe200TheyAnswer()
    {
        var restores = (await OperationsAsync()).Where(op => op.Path.EndsWith("/restore", StringComparison.Ordinal)).ToList();

        Assert.Equal(17, restores.Count);
        Assert.All(restores, op =>
        {
            var responses = op.Operation["responses"]!.AsObject();
            Assert.Null(responses["201"]);
            Assert.NotNull(responses["200"]?["content"]?["application/json"]?["schema"]?["$ref"]);
        });
    }

    [Fact]
    public async Task ReadsSayTheyNeedNoKey()
    {
        var reads = (await OperationsAsync()).Where(op => op.Method == "get").ToList();

        Assert.NotEmpty(reads);
        Assert.All(reads, op => Assert.Empty(op.Operation["security"]!.AsArray()));
    }

    [Fact]
    public async Task EveryTagIsDescribed()
    {
        var document = await DocumentAsync();
        var used = (await OperationsAsync()).SelectMany(op => op.Operation["tags"]!.AsArray().Select(tag => (string?)tag)).Distinct().ToList();
        var described = document["tags"]!.AsArray().Where(tag => !string.IsNullOrWhiteSpace((string?)tag!["description"])).Select(tag => (string?)tag!["name"]).ToList();

        Assert.Empty(used.Except(described));
        Assert.Contains("response types", (string?)document["tags"]!.AsArray().Single(tag => (string?)tag!["name"] == "ResponseTypes")!["description"], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A client generator types a list by its items: a list schema without them becomes a list of anything.</summary>
    [Fact]
    public async Task EveryListSchemaSaysWhatItsItemsAre()
    {
        var lists = new List<string>();
        Walk(await DocumentAsync(), "#");

        Assert.Contains("#/components/schemas/TaxiiEnvelope/properties/objects", lists);

        void Walk(JsonNode? node, string path)
        {
            if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}");
                }
            }
            else if (node is JsonObject schema)
            {
                var type = schema["type"];
                if (type?.ToJsonString() is { } text && text.Contains("\"array\"", StringComparison.Ordinal))
                {
                    lists.Add(path);
                    Assert.True(schema["items"] is JsonObject { Count: > 0 }, $"The list schema at {path} does not say what its items are.");
                }

                foreach (var (name, value) in schema)
                {
                    Walk(value, $"{path}/{name}");
                }
            }
        }
    }

    [Fact]
    public async Task IdParametersCarryExampleIds()
    {
        var byId = (await OperationsAsync()).Where(op => op.Path.EndsWith("{id}", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(byId);
        Assert.All(byId, op =>
        {
            var id = op.Operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "id")!;
            Assert.False(string.IsNullOrWhiteSpace(id["example"]?.ToString()), $"{op.Method} {op.Path} has no example id");
        });
    }

    /// <summary>Linters and client generators check an example against its schema; example="1.7" in an XML doc reads as a number.</summary>
    [Fact]
    public async Task TheExampleOfAStringParameterIsAString()
    {
        var parameters = (await OperationsAsync()).SelectMany(op => op.Operation["parameters"]?.AsArray() ?? [], (op, parameter) => (op.Method, op.Path, Parameter: parameter!))
            .Where(p => (string?)p.Parameter["schema"]?["type"] == "string" && p.Parameter["example"] is not null)
            .ToList();

        Assert.Contains(parameters, p => p.Path == "/api/v1/releases/{label}");
        Assert.All(parameters, p => Assert.True(p.Parameter["example"]!.GetValueKind() == System.Text.Json.JsonValueKind.String, $"{p.Method} {p.Path} {p.Parameter["name"]}"));
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Each media type a success is documented in is one the route answers in: asked for alone, it is not refused.</summary>
    [Fact]
    public async Task EveryDocumentedSuccessMediaTypeIsServed()
    {
        var client = factory.CreateClient();
        var reads = (await OperationsAsync()).Where(op => op.Method == "get" && !op.Path.Contains('{', StringComparison.Ordinal)).ToList();
        var checkedTypes = 0;
        foreach (var (path, _, operation) in reads)
        {
            var types = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value!["content"]?.AsObject().Select(c => c.Key) ?? []).Distinct();
            foreach (var type in types)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Accept", type);
                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode != HttpStatusCode.NotAcceptable, $"GET {path} documents {type} but answers 406 to it");
                checkedTypes++;
            }
        }

        Assert.True(checkedTypes > 50, $"only {checkedTypes} media types were checked");
        Assert.DoesNotContain("\"text/plain\"", (await DocumentAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>JSON first: a generator that takes one type per operation (NSwag's C#) takes the first.</summary>
    [Fact]
    public async Task TheDocumentIsGeneratedOnceAndServedTheSameToEveryRequestWithAnETag()
    {
        var generated = 0;
        await using var fresh = new TaxonomyApiFactory();
        await using var counting = fresh.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer((_, _, _) =>
            {
                Interlocked.Increment(ref generated);
                return Task.CompletedTask;
            }))));
        using var client = counting.CreateClient();

        using var firstResponse = await client.GetAsync("/openapi/v1.json");
        var first = await firstResponse.Content.ReadAsByteArrayAsync();
        var later = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetByteArrayAsync("/openapi/v1.json")));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi/v1.json"));
        using var missing = await client.GetAsync("/openapi/v2.json");
        var etag = firstResponse.Headers.ETag;
        using var kept = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { IfNoneMatch = { etag! } } });
        using var stale = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { IfNoneMatch = { new EntityTagHeaderValue("\"an-older-document\"") } } });

        Assert.Equal(1, generated);
        Assert.False(etag!.IsWeak);
        Assert.Equal("public, no-cache", firstResponse.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, kept.StatusCode);
        Assert.Empty(await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal(first, await stale.Content.ReadAsByteArrayAsync());

        using var gzipped = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue("gzip") } } });
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        Assert.NotEqual(etag, gzipped.Headers.ETag);
        await using (var unzipped = new GZipStream(await gzipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
        {
            using var copy = new MemoryStream();
            await unzipped.CopyToAsync(copy);
            Assert.Equal(first, copy.ToArray());
        }

        Assert.Equal(1, generated);
        Assert.NotEmpty(JsonNode.Parse(first)!["paths"]!.AsObject());
        Assert.All(later, body => Assert.Equal(first, body));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Length, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AnObjectsGetDocumentsItsJsonThenThePageAndStixBundleItServes()
    {
        var paths = (await DocumentAsync())["paths"]!;
        var technique = paths["/api/v1/techniques/{id}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        var detection = paths["/api/v1/detections/{id}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        var diff = paths["/api/v1/releases/{from}/diff/{to}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();

        Assert.Equal(["application/json", "text/json", "text/markdown", "application/stix+json;version=2.1"], technique.Select(c => c.Key));
        Assert.Equal("string", (string?)technique["text/markdown"]!["schema"]!["type"]);
        Assert.False(detection.ContainsKey("text/markdown"), "detections have no DISARM page");
        Assert.Equal(["application/json", "text/markdown"], diff.Select(c => c.Key));
        Assert.NotNull(diff["application/json"]!["schema"]);
    }

    private static bool IsTaxii(string path) => path.StartsWith("/taxii2", StringComparison.Ordinal);

    private async Task<JsonNode> DocumentAsync() =>
        await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);

    private async Task<List<(string Path, string Method, JsonNode Operation)>> OperationsAsync() =>
        (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!)))
            .ToList();
}
