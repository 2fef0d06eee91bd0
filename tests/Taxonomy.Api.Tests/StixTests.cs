using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The STIX 2.1 answers, checked against the OASIS STIX 2.1 JSON schemas and DISARM's own bundle,
/// both read from ../shared beside the repository.
/// </summary>
public sealed partial class StixTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private const string StixMediaType = "application/stix+json;version=2.1";

    // Computed outside the API, with Python: uuid.uuid5(uuid.UUID("974b5663-3c2a-49f8-b58e-b51c0db21bec"), "I00251").
    private const string IncidentI00251 = "incident--3f982ae5-4b93-5d3b-85fb-ab3d55798bec";

    private static readonly Lazy<StixSchemas> Schemas = new(StixSchemas.Load);

    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Fact]
    public async Task EveryObjectOfTheBundleIsValidStix()
    {
        var bundle = await BundleAsync(_client);

        Assert.Equal("bundle", (string?)bundle["type"]);
        Assert.StartsWith("bundle--", (string?)bundle["id"], StringComparison.Ordinal);
        var failures = bundle["objects"]!.AsArray().Select(o => Schemas.Value.Check(o!.AsObject())).Where(failure => failure is not null).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} objects are not valid STIX 2.1, such as: {string.Join("\n", failures.Take(5))}");
        var custom = bundle["objects"]!.AsArray().Select(o => (string)o!["type"]!).Where(type => type.StartsWith("x-", StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(custom, type => Assert.Matches("^x-(mitre|disarm)-[a-z-]+$", type));
    }

    /// <summary>TAXII pages read positions through an index that leaves out one resource's versions: it must be the only one without STIX objects.</summary>
    [Fact]
    public void ReferencesAreTheOnlyResourceWithoutStixObjects() =>
        Assert.Equal(["references"], Stix.StixMapping.TypesOf.Where(pair => pair.Value.Length == 0).Select(pair => pair.Key));

    [Fact]
    public void TheSchemaCheckRefusesWhatIsNotStix()
    {
        var valid = JsonNode.Parse("""{"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--3f982ae5-4b93-5d3b-85fb-ab3d55798bec","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"A"}""")!.AsObject();
        Assert.Null(Schemas.Value.Check(valid));

        var unnamed = valid.DeepClone().AsObject();
        unnamed.Remove("name");
        var custom = valid.DeepClone().AsObject();
        custom["type"] = "x-disarm-phase";
        custom["created"] = "yesterday";
        Assert.NotNull(Schemas.Value.Check(unnamed));
        Assert.NotNull(Schemas.Value.Check(custom));
    }

    [Fact]
    public async Task EveryObjectOfDisarmsBundleAppearsWithItsId()
    {
        using var disarm = JsonDocument.Parse(await File.ReadAllBytesAsync(DisarmData.StixBundlePath));
        var ours = (await BundleAsync(_client))["objects"]!.AsArray().ToDictionary(o => (string)o!["id"]!, o => o!.AsObject());

        var theirs = disarm.RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(799, theirs.Count);
        foreach (var object_ in theirs)
        {
            var id = object_.GetProperty("id").GetString()!;
            Assert.True(ours.TryGetValue(id, out var our), $"DISARM's {object_.GetProperty("type")} {id} is not in the bundle.");
            Assert.Equal(object_.GetProperty("type").GetString(), (string?)our["type"]);
            foreach (var property in new[] { "name", "source_ref", "target_ref", "relationship_type", "x_mitre_shortname", "x_mitre_is_subtechnique", "identity_class" })
            {
                if (object_.TryGetProperty(property, out var expected))
                {
                    Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.GetRawText()), our[property]), $"{id}: {property} is {our[property]?.ToJsonString()}, DISARM's is {expected.GetRawText()}.");
                }
            }

            if (object_.TryGetProperty("kill_chain_phases", out var phases))
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(phases.GetRawText()), our["kill_chain_phases"]), $"{id}: kill_chain_phases differ.");
            }

            if (object_.TryGetProperty("tactic_refs", out var tactics))
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tactics.GetRawText()), our["tactic_refs"]), "tactic_refs differ.");
            }
        }
    }

    [Fact]
    public async Task EveryReferenceResolvesInsideTheBundle()
    {
        var objects = (await BundleAsync(_client))["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var ids = objects.Select(o => (string)o["id"]!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(objects.Count, ids.Count);
        var references = objects.SelectMany(o => o.Where(p => p.Key.EndsWith("_ref", StringComparison.Ordinal)).Select(p => (string)p.Value!)
            .Concat(o.Where(p => p.Key.EndsWith("_refs", StringComparison.Ordinal)).SelectMany(p => p.Value!.AsArray().Select(r => (string)r!))));
        Assert.Empty(references.Where(reference => !ids.Contains(reference)).Distinct());
    }

    [Fact]
    public async Task MappingsAreRelationshipsFromTheIncidentCarryingTheQuotedPassage()
    {
        var objects = (await BundleAsync(_client))["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var technique = DisarmObject("attack-pattern", "T0166.003");
        var expected = SheetRows.Read(DisarmData.DataPath, "incidenttechniques")
            .Single(row => SheetRows.Id(row.Cells["incident_id"]) == "I00251" && (row.Cells["technique_ids"] ?? "").Contains("T0166.003", StringComparison.Ordinal));

        var incident = Assert.Single(objects, o => (string?)o["id"] == IncidentI00251);
        Assert.Equal("incident", (string?)incident["type"]);
        var uses = Assert.Single(objects, o => (string?)o["source_ref"] == IncidentI00251 && (string?)o["target_ref"] == (string)technique["id"]!);
        Assert.Equal("uses", (string?)uses["relationship_type"]);
        Assert.Equal(expected.Cells["name"], (string?)uses["description"]);
    }

    [Fact]
    public async Task CountersMitigateTheTechniquesTheyList()
    {
        var objects = (await BundleAsync(_client))["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var counter = Assert.Single(objects, o => ExternalId(o) == "C00006" && (string?)o["type"] == "course-of-action");
        var techniques = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToHashSet();
        var listed = SheetRows.Read(DisarmData.FrameworksPath, "countermeasures")
            .Single(row => SheetRows.Id(row.Cells["disarm_id"]) == "C00006").Cells["techniques"]!;
        var expected = TechniqueId().Matches(listed).Select(m => m.Value).Where(techniques.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        var byId = objects.ToDictionary(o => (string)o["id"]!);

        var mitigated = objects.Where(o => (string?)o["relationship_type"] == "mitigates" && (string?)o["source_ref"] == (string)counter["id"]!)
            .Select(o => ExternalId(byId[(string)o["target_ref"]!])!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, mitigated);
    }

    [Fact]
    public async Task TypesChooseWhatTheBundleHolds()
    {
        var bundle = await BundleAsync(_client, "?types=x-mitre-tactic,x-mitre-matrix");

        var types = bundle["objects"]!.AsArray().GroupBy(o => (string)o!["type"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["x-mitre-tactic"] = 15, ["x-mitre-matrix"] = 1 }, types);
    }

    [Fact]
    public async Task AnUnknownTypeIsRefusedNamingIt()
    {
        var problem = await (await _client.GetAsync("/api/v1/stix/bundle?types=attack-pattern,malware")).ReadBadRequestAsync("types");

        Assert.Contains("'malware'", problem.ErrorsFor("types")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObjectRouteAnswersStixWhenAskedForIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques/T0166.003");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(StixMediaType));

        using var response = await _client.SendAsync(request);

        var bundle = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("application/stix+json", response.Content.Headers.ContentType!.MediaType);
        var objects = bundle["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var technique = DisarmObject("attack-pattern", "T0166.003");
        var parent = DisarmObject("attack-pattern", "T0166");
        Assert.Single(objects, o => (string?)o["id"] == (string)technique["id"]! && (string?)o["name"] == (string)technique["name"]!);
        Assert.Single(objects, o => (string?)o["relationship_type"] == "subtechnique-of" && (string?)o["target_ref"] == (string)parent["id"]!);
        Assert.Single(objects, o => (string?)o["id"] == (string)parent["id"]!);
        Assert.Single(objects, o => (string?)o["relationship_type"] == "uses" && (string?)o["source_ref"] == IncidentI00251);
        Assert.Single(objects, o => (string?)o["id"] == IncidentI00251);
        var ids = objects.Select(o => (string)o["id"]!).ToHashSet();
        Assert.All(objects.Where(o => (string?)o["type"] == "relationship"), r => Assert.Subset(ids, new HashSet<string> { (string)r["source_ref"]!, (string)r["target_ref"]! }));
        Assert.All(objects, o => Assert.Null(Schemas.Value.Check(o)));
    }

    [Fact]
    public async Task AnUnknownObjectInStixIsNotFound()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques/T9999");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(StixMediaType));

        await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IdsStayWhenObjectsChangeAndTimesComeFromTheirVersions()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var before = (await BundleAsync(admin))["objects"]!.AsArray().ToDictionary(o => (string)o!["id"]!, o => (string)o!["type"]!);

        var original = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        var edited = await (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Curated name", tacticId = (string)original["tacticId"]! })).ReadJsonAsync(HttpStatusCode.OK);
        using (var again = Workbooks.RealForm())
        {
            await (await admin.PostAsync("/api/v1/imports", again)).ReadJsonAsync(HttpStatusCode.Created);
        }

        var afterObjects = (await BundleAsync(admin))["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.Equal(before, afterObjects.ToDictionary(o => (string)o["id"]!, o => (string)o["type"]!));
        var history = await (await admin.GetAsync("/api/v1/techniques/T0002/history")).ReadJsonAsync(HttpStatusCode.OK);
        var versions = history["items"]!.AsArray().Select(v => (DateTime)v!["modified"]!).ToList();
        var disarmsId = (string)DisarmObject("attack-pattern", "T0002")["id"]!;
        var technique = Assert.Single(afterObjects, o => (string?)o["id"] == disarmsId);
        Assert.Equal(versions.Min(), (DateTime)technique["created"]!);
        Assert.Equal(versions.Max(), (DateTime)technique["modified"]!);
        Assert.True((DateTime)technique["modified"]! > (DateTime)edited["modified"]!, "The re-import, which undid the edit, is the latest version.");
    }

    [Fact]
    public async Task AnObjectTheApiCreatesHasTheUuidV5OfItsDisarmId()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        await (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0999", name = "A new technique", tacticId = "TA06" })).ReadJsonAsync(HttpStatusCode.Created);

        var objects = (await BundleAsync(admin, "?types=attack-pattern"))["objects"]!.AsArray();

        // uuid.uuid5(uuid.UUID("974b5663-3c2a-49f8-b58e-b51c0db21bec"), "T0999"), computed with Python.
        var created = Assert.Single(objects, o => ExternalId(o!.AsObject()) == "T0999")!;
        Assert.Equal("attack-pattern--602c2c08-6204-5225-9201-543536c16258", (string?)created["id"]);
    }

    [GeneratedRegex(@"T\d{4}(\.\d{3})?")]
    private static partial Regex TechniqueId();

    [Fact]
    public async Task AnImportWithABundleThatIsNotStixChangesNothing()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        using var form = Workbooks.RealForm();
        form.Add(new ByteArrayContent("""{"type":"bundle","objects":"none"}"""u8.ToArray()), "stix", "DISARM.json");

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("DISARM.json", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("not a STIX bundle", (string?)problem["detail"], StringComparison.Ordinal);
        var imports = await (await admin.GetAsync("/api/v1/imports")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)imports["totalCount"]!);
    }

    private static async Task<JsonNode> BundleAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/v1/stix/bundle{query}");
        var bundle = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("application/stix+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2.1", Assert.Single(response.Content.Headers.ContentType.Parameters, p => p.Name == "version").Value);
        return bundle;
    }

    /// <summary>An object of DISARM's own bundle, by its DISARM id.</summary>
    private static JsonObject DisarmObject(string type, string disarmId)
    {
        var disarm = JsonNode.Parse(File.ReadAllText(DisarmData.StixBundlePath))!;
        return disarm["objects"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["type"] == type && ExternalId(o) == disarmId);
    }

    private static string? ExternalId(JsonObject stixObject) =>
        stixObject["external_references"]?.AsArray().Select(r => (string?)r!["external_id"]).FirstOrDefault(id => id is not null);

    /// <summary>The OASIS STIX 2.1 JSON schemas, each object checked against its type's (custom objects against the common core).</summary>
    private sealed class StixSchemas
    {
        private readonly Dictionary<string, JsonSchema> _byType;
        private readonly JsonSchema _core;

        private StixSchemas(Dictionary<string, JsonSchema> byType, JsonSchema core)
        {
            _byType = byType;
            _core = core;
        }

        public static StixSchemas Load()
        {
            var folder = Path.GetFullPath(Path.Combine(DisarmData.Folder, "..", "..", "interop", "stix2.1-json-schemas", "schemas"));
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            var all = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
                .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), path => JsonSchema.Build(JsonDocument.Parse(File.ReadAllText(path)).RootElement, options, null));
            var byType = all.Where(pair => pair.Key.StartsWith("sdos/", StringComparison.Ordinal) || pair.Key.StartsWith("sros/", StringComparison.Ordinal))
                .ToDictionary(pair => Path.GetFileNameWithoutExtension(pair.Key), pair => pair.Value);
            byType["marking-definition"] = all["common/marking-definition.json"];
            return new StixSchemas(byType, all["common/core.json"]);
        }

        /// <summary>Null when the object is valid; else what is wrong with it.</summary>
        public string? Check(JsonObject stixObject)
        {
            var type = (string)stixObject["type"]!;
            var schema = _byType.GetValueOrDefault(type) ?? (type.StartsWith("x-", StringComparison.Ordinal) ? _core : null);
            if (schema is null)
            {
                return $"{type}: no schema";
            }

            using var document = JsonDocument.Parse(stixObject.ToJsonString());
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            return result.IsValid
                ? null
                : $"{stixObject["id"]}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}")).Take(5))}";
        }
    }
}
