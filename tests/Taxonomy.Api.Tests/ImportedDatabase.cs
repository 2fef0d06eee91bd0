using System.Net;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// DISARM v1.7 (workbooks and STIX bundle) imported through POST /api/v1/imports once per test run into a template database
/// file, which each test that needs the data gets a copy of: an import costs seconds, a copy milliseconds.
/// </summary>
internal static class ImportedDatabase
{
    private static readonly Lazy<Task<(string Path, JsonNode Report)>> Template = new(CreateTemplateAsync);

    /// <summary>An API over its own copy of the imported database, with an admin key.</summary>
    public static async Task<TaxonomyApiFactory> CopyAsync() => TaxonomyApiFactory.OverCopyOf((await Template.Value).Path);

    /// <summary>A copy of the imported database at <paramref name="path"/>, for a process other than a factory's to open.</summary>
    public static async Task CopyToAsync(string path) => File.Copy((await Template.Value).Path, path);

    /// <summary>The report the template's import answered with; the copies hold it as their import 1.</summary>
    public static async Task<JsonNode> ReportAsync() => (await Template.Value).Report.DeepClone();

    private static async Task<(string Path, JsonNode Report)> CreateTemplateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"taxonomy-template-{Guid.NewGuid():N}.db");
        var factory = new TaxonomyApiFactory();
        JsonNode report;
        try
        {
            using var admin = factory.CreateAdminClient();
            using var form = Workbooks.RealFormWithStixBundle();
            report = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
            factory.CopyDatabaseTo(path);
        }
        finally
        {
            await factory.DisposeAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return (path, report);
    }
}
