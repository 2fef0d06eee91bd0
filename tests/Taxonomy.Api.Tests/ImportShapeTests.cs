using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Tests;

/// <summary>
/// DISARM's releases share their sheets and objects but not all their columns: the v1.7 workbooks,
/// edited as an older release would differ, still import, and what they lack or add is reported.
/// An import through the API takes seconds, so the columns missing all at once go through the API,
/// and each missing in turn through the importer's reader and parser alone.
/// </summary>
public sealed class ImportShapeTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    /// <summary>
    /// Every column the importer can do without, with the object field it fills: all but the
    /// columns holding ids, links, names and ranks.
    /// </summary>
    public static readonly (string Workbook, string Sheet, string Column, string Resource, string Field)[] OptionalColumns =
    [
        (DisarmData.FrameworksFileName, "frameworks", "summary", "frameworks", "summary"),
        (DisarmData.FrameworksFileName, "phases", "summary", "phases", "summary"),
        (DisarmData.FrameworksFileName, "tactics", "summary", "tactics", "summary"),
        (DisarmData.FrameworksFileName, "techniques", "summary", "techniques", "summary"),
        (DisarmData.FrameworksFileName, "tasks", "summary", "tasks", "summary"),
        (DisarmData.FrameworksFileName, "metatechniques", "summary", "metatechniques", "summary"),
        (DisarmData.FrameworksFileName, "responsetypes", "summary", "response-types", "summary"),
        (DisarmData.FrameworksFileName, "resources", "summary", "resources", "summary"),
        (DisarmData.FrameworksFileName, "resources", "resource_type", "resources", "resourceType"),
        (DisarmData.FrameworksFileName, "sectors", "summary", "sectors", "summary"),
        (DisarmData.FrameworksFileName, "actortypes", "summary", "actor-types", "summary"),
        (DisarmData.FrameworksFileName, "countermeasures", "summary", "counters", "summary"),
        (DisarmData.FrameworksFileName, "countermeasures", "how_found", "counters", "howFound"),
        (DisarmData.FrameworksFileName, "countermeasures", "references", "counters", "references"),
        (DisarmData.FrameworksFileName, "countermeasures", "notes", "counters", "notes"),
        (DisarmData.FrameworksFileName, "countermeasures", "tags", "counters", "tags"),
        (DisarmData.FrameworksFileName, "detections", "summary", "detections", "summary"),
        (DisarmData.FrameworksFileName, "detections", "how_found", "detections", "howFound"),
        (DisarmData.FrameworksFileName, "detections", "references", "detections", "references"),
        (DisarmData.FrameworksFileName, "detections", "notes", "detections", "notes"),
        (DisarmData.FrameworksFileName, "playbooks", "summary", "playbooks", "summary"),
        (DisarmData.DataFileName, "incidents", "objecttype", "incidents", "objectType"),
        (DisarmData.DataFileName, "incidents", "summary", "incidents", "summary"),
        (DisarmData.DataFileName, "incidents", "year_started", "incidents", "yearStarted"),
        (DisarmData.DataFileName, "incidents", "attributions_seen", "incidents", "attributionsSeen"),
        (DisarmData.DataFileName, "incidents", "found_in_country", "incidents", "foundInCountry"),
        (DisarmData.DataFileName, "incidents", "urls", "incidents", "urls"),
        (DisarmData.DataFileName, "incidents", "notes", "incidents", "notes"),
        (DisarmData.DataFileName, "incidents", "when_added", "incidents", "whenAdded"),
        (DisarmData.DataFileName, "incidents", "found_via", "incidents", "foundVia"),
        (DisarmData.DataFileName, "urls", "pub_date", "references", "publishedOn"),
        (DisarmData.DataFileName, "urls", "authors", "references", "authors"),
        (DisarmData.DataFileName, "urls", "org", "references", "organisation"),
        (DisarmData.DataFileName, "urls", "archive_link", "references", "archiveUrl"),
        (DisarmData.DataFileName, "incidenttechniques", "name", "incident-techniques", "description"),
        (DisarmData.DataFileName, "incidenttechniques", "DISARM Version", "incident-techniques", "disarmVersion"),
        (DisarmData.DataFileName, "associatedtechniques", "description", "associated-techniques", "description"),
    ];

    /// <summary>Columns the v1.7 workbooks have that the importer does not read: German names, long names, editors' notes.</summary>
    private const int UnknownColumnsOfV17 = 29;

    /// <summary>The optional columns v1.7 leaves blank on every row, which a missing column cannot be seen to empty.</summary>
    private static readonly string[] BlankInV17 = ["sectors summary"];

    private static readonly Lazy<(IReadOnlyDictionary<string, Sheet> Frameworks, IReadOnlyDictionary<string, Sheet> Data)> PlainSheets = new(() =>
        (ReadSheets(DisarmData.FrameworksFileName, Workbooks.Frameworks, new ImportIssues(int.MaxValue)), ReadSheets(DisarmData.DataFileName, Workbooks.Data, new ImportIssues(int.MaxValue))));

    private static readonly Lazy<Dictionary<string, int>> PlainCounts = new(() =>
        Counts(ReleaseParser.Parse(PlainSheets.Value.Frameworks, PlainSheets.Value.Data, new ImportIssues(int.MaxValue))));

    private readonly HttpClient _plain = imported.Factory.CreateClient();

    public static TheoryData<string, string, string> EachOptionalColumn => new(OptionalColumns.Select(column => (column.Workbook, column.Sheet, column.Column)));

    public static TheoryData<string, string, string, string> RequiredColumns => new()
    {
        { DisarmData.FrameworksFileName, "techniques", "disarm_id", "disarm_id" },
        { DisarmData.FrameworksFileName, "techniques", "tactic_id", "tactic_id" },
        { DisarmData.FrameworksFileName, "techniques", "name", "name" },
        { DisarmData.FrameworksFileName, "phases", "rank", "rank" },
        { DisarmData.FrameworksFileName, "countermeasures", "techniques", "techniques" },
        { DisarmData.FrameworksFileName, "actortypes", "sector_ids", "sector_ids" },
        { DisarmData.DataFileName, "incidenttechniques", "incident_id", "incident_id" },
        { DisarmData.DataFileName, "urls", "url_id", "url_id" },
    };

    [Fact]
    public void ReleaseReportsEachColumnItDoesNotKnowOnceBeforeAnyRowsIssue()
    {
        var issues = imported.Report["issues"]!.AsArray().Select(issue => issue!).ToList();

        var unknown = issues.Where(issue => (string?)issue["kind"] == "unknown-column").ToList();
        Assert.Equal(UnknownColumnsOfV17, unknown.Count);
        Assert.Equal(unknown.Count, unknown.Select(issue => ((string?)issue["sheet"], (string?)issue["column"])).Distinct().Count());
        Assert.Contains(unknown, issue => (string?)issue["sheet"] == "techniques" && (string?)issue["column"] == "Short Description (I)" && (int)issue["row"]! == 1);
        Assert.Contains(unknown, issue => (string?)issue["sheet"] == "incidenttechniques" && (string?)issue["column"] == "summary (F)");
        Assert.Equal(unknown.Select(issue => issue.ToJsonString()), issues.Take(unknown.Count).Select(issue => issue.ToJsonString()));
        Assert.DoesNotContain(issues, issue => (string?)issue["kind"] is "missing-optional-column" or "missing-sheet");
    }

    /// <summary>One import of the v1.7 workbooks with every optional column of every sheet removed.</summary>
    [Fact]
    public async Task EveryOptionalColumnMissingReadsAsEmptyAndIsReportedOnce()
    {
        byte[] Without(string workbook, byte[] bytes) =>
            Workbooks.WithoutColumns(bytes, OptionalColumns.Where(column => column.Workbook == workbook).Select(column => (column.Sheet, column.Column)));
        var (frameworks, data) = (Without(DisarmData.FrameworksFileName, Workbooks.Frameworks), Without(DisarmData.DataFileName, Workbooks.Data));

        await using var factory = new TaxonomyApiFactory();
        var report = await ImportAsync(factory, Workbooks.Form(frameworks, data));

        AssertSameCounts(report);
        var missing = Issues(report, "missing-optional-column");
        Assert.Equal(
            OptionalColumns.Select(column => (column.Workbook, column.Sheet, column.Column)).Order(),
            missing.Select(issue => ((string)issue["workbook"]!, (string)issue["sheet"]!, (string)issue["column"]!)).Order());
        Assert.All(missing, issue =>
        {
            Assert.Equal(1, (int)issue["row"]!);
            Assert.Equal("Read as empty on every row.", (string?)issue["action"]);
        });
        using var variant = factory.CreateClient();
        var blankEverywhere = new List<string>();
        foreach (var column in OptionalColumns)
        {
            if (!await AssertFieldEmptiedAsync(variant, column.Resource, column.Field))
            {
                blankEverywhere.Add($"{column.Sheet} {column.Column}");
            }
        }

        Assert.Equal(BlankInV17, blankEverywhere);
    }

    [Theory]
    [MemberData(nameof(EachOptionalColumn))]
    public void EachOptionalColumnMissingInTurnReadsAsEmptyAndIsReportedOnce(string workbook, string sheet, string column)
    {
        var plain = PlainSheets.Value;
        var issues = new ImportIssues(int.MaxValue);
        var (frameworks, data) = workbook == DisarmData.FrameworksFileName
            ? (WithEditedSheet(plain.Frameworks, Workbooks.WithoutColumn(Workbooks.Frameworks, sheet, column)), plain.Data)
            : (plain.Frameworks, WithEditedSheet(plain.Data, Workbooks.WithoutColumn(Workbooks.Data, sheet, column)));

        var release = ReleaseParser.Parse(frameworks, data, issues);

        // The other sheets are the plain read's: reading only the edited one keeps 37 cases from reading 37 whole workbooks.
        IReadOnlyDictionary<string, Sheet> WithEditedSheet(IReadOnlyDictionary<string, Sheet> plainSheets, byte[] edited) =>
            new Dictionary<string, Sheet>(plainSheets, StringComparer.Ordinal) { [sheet] = ReadSheets(workbook, edited, issues, sheet)[sheet] };

        var missing = Assert.Single(issues.ToList(), issue => issue.Kind == "missing-optional-column");
        Assert.Equal((workbook, sheet, column, 1), (missing.Workbook, missing.Sheet, missing.Column, missing.Row));
        Assert.DoesNotContain(issues.ToList(), issue => issue.Kind == "missing-sheet");
        Assert.Equal(PlainCounts.Value, Counts(release));
    }

    [Theory]
    [MemberData(nameof(RequiredColumns))]
    public async Task RequiredColumnMissingIsRefusedNamingIt(string workbook, string sheet, string column, string named)
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        using var form = workbook == DisarmData.FrameworksFileName
            ? Workbooks.Form(Workbooks.WithoutColumn(Workbooks.Frameworks, sheet, column), Workbooks.Data)
            : Workbooks.Form(Workbooks.Frameworks, Workbooks.WithoutColumn(Workbooks.Data, sheet, column));

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(workbook, (string?)problem["workbook"]);
        Assert.Equal(sheet, (string?)problem["sheet"]);
        Assert.Equal(named, (string?)problem["column"]);
        Assert.Contains($"no column named '{column}'", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phases")]
    [InlineData("tactics")]
    [InlineData("techniques")]
    public async Task RequiredSheetMissingIsRefused(string sheet)
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        using var form = Workbooks.Form(Workbooks.WithoutSheet(Workbooks.Frameworks, sheet), Workbooks.Data);

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(DisarmData.FrameworksFileName, (string?)problem["workbook"]);
        Assert.Equal(sheet, (string?)problem["sheet"]);
        Assert.Contains($"no sheet named '{sheet}'", (string?)problem["detail"], StringComparison.Ordinal);
    }

    /// <summary>The key column and a link column change places; the cells still say the same.</summary>
    [Fact]
    public async Task ReorderedColumnsImportTheSame()
    {
        var frameworks = Workbooks.WithColumnsSwapped(Workbooks.Frameworks, "techniques", "disarm_id", "tactic_id");
        var data = Workbooks.WithColumnsSwapped(Workbooks.Data, "incidents", "disarm_id", "summary");

        await using var factory = new TaxonomyApiFactory();
        var report = await ImportAsync(factory, Workbooks.Form(frameworks, data));

        AssertSameCounts(report);
        Assert.Equal(ShapeIssues(imported.Report).Count, ShapeIssues(report).Count);
        using var variant = factory.CreateClient();
        foreach (var path in new[] { "techniques/T0002", "techniques/T0166.003", "incidents/I00251" })
        {
            Assert.Equal(await ReadObjectAsync(_plain, path), await ReadObjectAsync(variant, path));
        }
    }

    [Fact]
    public async Task UnknownColumnIsKeptInTheImportedRowsAndReportedOnce()
    {
        var row = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Single(r => SheetRows.Id(r.Cells["disarm_id"]) == "T0002").Row;
        var frameworks = Workbooks.WithCell(Workbooks.WithCell(Workbooks.Frameworks, "techniques", 1, "AC", "reviewer"), "techniques", row, "AC", "Checked by J.");

        await using var factory = new TaxonomyApiFactory();
        var report = await ImportAsync(factory, Workbooks.Form(frameworks, Workbooks.Data));

        AssertSameCounts(report);
        var added = Assert.Single(Issues(report, "unknown-column").Except(Issues(imported.Report, "unknown-column"), JsonNodeComparer.Instance));
        Assert.Equal(("techniques", "reviewer (AC)", 1), ((string?)added["sheet"], (string?)added["column"], (int)added["row"]!));
        using var variant = factory.CreateClient();
        Assert.Equal(await ReadObjectAsync(_plain, "techniques/T0002"), await ReadObjectAsync(variant, "techniques/T0002"));
        var cells = await factory.WithDbAsync(db => db.ImportedRows.AsNoTracking().Where(r => r.Sheet == "techniques" && r.Key == "T0002").Select(r => r.Cells).SingleAsync());
        Assert.Equal("Checked by J.", JsonSerializer.Deserialize<Dictionary<string, string>>(cells)!["reviewer"]);
    }

    [Theory]
    [InlineData(DisarmData.FrameworksFileName, "playbooks", "playbooks")]
    [InlineData(DisarmData.DataFileName, "associatedtechniques", "associated-techniques")]
    public async Task OptionalSheetMissingImportsNoneOfItsObjectsAndIsReportedOnce(string workbook, string sheet, string resource)
    {
        var form = workbook == DisarmData.FrameworksFileName
            ? Workbooks.Form(Workbooks.WithoutSheet(Workbooks.Frameworks, sheet), Workbooks.Data)
            : Workbooks.Form(Workbooks.Frameworks, Workbooks.WithoutSheet(Workbooks.Data, sheet));

        await using var factory = new TaxonomyApiFactory();
        var report = await ImportAsync(factory, form);

        AssertSameCounts(report, except: resource);
        Assert.Equal(0, (int)TypeCount(report, resource)["inRelease"]!);
        var missing = Assert.Single(Issues(report, "missing-sheet"));
        Assert.Equal((workbook, sheet), ((string?)missing["workbook"], (string?)missing["sheet"]));
        using var variant = factory.CreateClient();
        var page = await (await variant.GetAsync($"/api/v1/{resource}?pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)page["totalCount"]!);
    }

    private static async Task<JsonNode> ImportAsync(TaxonomyApiFactory factory, MultipartFormDataContent form)
    {
        using var admin = factory.CreateAdminClient();
        using (form)
        {
            return await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
        }
    }

    /// <summary>Each type has as many objects as in the import of the v1.7 workbooks as they are.</summary>
    private void AssertSameCounts(JsonNode report, string? except = null)
    {
        var expected = imported.Report["types"]!.AsArray().Where(type => (string?)type!["type"] != except).ToDictionary(type => (string)type!["type"]!, type => (int)type!["inRelease"]!);
        var actual = report["types"]!.AsArray().Where(type => (string?)type!["type"] != except).ToDictionary(type => (string)type!["type"]!, type => (int)type!["inRelease"]!);
        Assert.Equal(expected.OrderBy(pair => pair.Key), actual.OrderBy(pair => pair.Key));
    }

    /// <summary>
    /// Finds an object that has the field in the plain import and checks that the variant's copy
    /// has it empty; false when no object has it, which proves nothing.
    /// </summary>
    private async Task<bool> AssertFieldEmptiedAsync(HttpClient variant, string resource, string field)
    {
        var key = resource == "references" ? "url" : "id";
        var had = (await ReadAllAsync(_plain, resource)).FirstOrDefault(item => !IsEmpty(item[field]));
        if (had is null)
        {
            return false;
        }

        var same = (await ReadAllAsync(variant, resource)).Single(item => (string?)item[key] == (string?)had[key]);
        Assert.True(IsEmpty(same[field]), $"{resource} {had[key]} still has {field} {same[field]?.ToJsonString()}.");
        return true;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonArray array && array.Count == 0) || (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length == 0);

    /// <summary>An object as the API returns it, without the time it was written.</summary>
    private static async Task<string> ReadObjectAsync(HttpClient client, string path)
    {
        var item = (await (await client.GetAsync($"/api/v1/{path}")).ReadJsonAsync(HttpStatusCode.OK)).AsObject();
        item.Remove("modified");
        return item.ToJsonString();
    }

    private static async Task<List<JsonNode>> ReadAllAsync(HttpClient client, string resource)
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"/api/v1/{resource}?pageSize=200&page={page}")).ReadJsonAsync(HttpStatusCode.OK);
            items.AddRange(body["items"]!.AsArray().Select(item => item!));
            if (page >= (int)body["totalPages"]!)
            {
                return items;
            }
        }
    }

    private static List<JsonNode> Issues(JsonNode report, string kind) =>
        report["issues"]!.AsArray().Where(issue => (string?)issue!["kind"] == kind).Select(issue => issue!).ToList();

    private static List<JsonNode> ShapeIssues(JsonNode report) =>
        report["issues"]!.AsArray().Where(issue => (string?)issue!["kind"] is "unknown-column" or "missing-optional-column" or "missing-sheet").Select(issue => issue!).ToList();

    private static JsonNode TypeCount(JsonNode report, string type) =>
        report["types"]!.AsArray().Single(t => (string?)t!["type"] == type)!;

    /// <summary>The sheets of a workbook the importer reads, or only <paramref name="sheet"/>.</summary>
    private static IReadOnlyDictionary<string, Sheet> ReadSheets(string name, byte[] workbook, ImportIssues issues, string? sheet = null) =>
        WorkbookReader.Read(
            new WorkbookSource(name, new MemoryStream(workbook)),
            DisarmTypes.All.Where(type => type.Workbook == (name == DisarmData.FrameworksFileName ? Workbook.Frameworks : Workbook.Data) && (sheet is null || type.Sheet == sheet)).ToList(),
            new ImportLimits(),
            issues);

    private static Dictionary<string, int> Counts(DisarmRelease release) => new()
    {
        ["frameworks"] = release.Frameworks.Count,
        ["phases"] = release.Phases.Count,
        ["tactics"] = release.Tactics.Count,
        ["techniques"] = release.Techniques.Count,
        ["tasks"] = release.Tasks.Count,
        ["metatechniques"] = release.Metatechniques.Count,
        ["response-types"] = release.ResponseTypes.Count,
        ["resources"] = release.Resources.Count,
        ["sectors"] = release.Sectors.Count,
        ["actor-types"] = release.ActorTypes.Count,
        ["incidents"] = release.Incidents.Count,
        ["references"] = release.References.Count,
        ["counters"] = release.Counters.Count,
        ["detections"] = release.Detections.Count,
        ["playbooks"] = release.Playbooks.Count,
        ["incident-techniques"] = release.IncidentTechniques.Count,
        ["associated-techniques"] = release.AssociatedTechniques.Count,
    };

    private sealed class JsonNodeComparer : IEqualityComparer<JsonNode>
    {
        public static readonly JsonNodeComparer Instance = new();

        public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

        public int GetHashCode(JsonNode obj) => obj.ToJsonString().GetHashCode(StringComparison.Ordinal);
    }
}
