using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>
/// A version of the data whose pages are read often gets a model (see <see cref="Pages.PageModels"/>),
/// and its pages are then rendered without reading the database; data of too many objects never does.
/// What the pages print either way is tested by <see cref="PageConformanceTests"/> and <see cref="PagesFollowTheDomainTests"/>.
/// </summary>
public sealed class PageModelTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    private static readonly string[] CounterPages = ["C00006", "C00008", "C00009", "C00010", "C00011", "C00012", "C00013", "C00014"];

    [Fact]
    public async Task AVersionReadOftenIsRenderedFromItsModelWithoutReadingTheDatabase()
    {
        await using var factory = await CopyImportedAsync(("Taxonomy:Limits:PageRendersBeforeModel", "3"));
        using var admin = factory.CreateAdminClient();
        foreach (var id in CounterPages[..4])
        {
            await PageAsync(admin, $"counters/{id}.md", HttpStatusCode.OK);
        }

        var commands = Commands(factory);
        foreach (var id in CounterPages[4..])
        {
            await PageAsync(admin, $"counters/{id}.md", HttpStatusCode.OK);
        }

        await PageAsync(admin, "techniques/T0166.003.md", HttpStatusCode.OK);
        await PageAsync(admin, "disarm_red_framework.md", HttpStatusCode.OK);
        await PageAsync(admin, "techniques/T9999.md", HttpStatusCode.NotFound);
        Assert.Equal(commands, Commands(factory));

        // A write makes a new version, whose pages read for themselves until it has been read often.
        (await admin.PutJsonAsync("/api/v1/metatechniques/M004", new { name = "Resistance" })).EnsureSuccessStatusCode();
        commands = Commands(factory);
        Assert.Contains("* **Metatechnique**: M004 - Resistance\n", await PageAsync(admin, "counters/C00006.md", HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.True(Commands(factory) > commands, "The first page of a new version did not read the database.");
    }

    [Fact]
    public async Task DataOfMoreObjectsThanTheLimitGetsNoModel()
    {
        await using var factory = await CopyImportedAsync(("Taxonomy:Limits:PageRendersBeforeModel", "0"), ("Taxonomy:Limits:PageModelObjects", "1000"));
        using var client = factory.CreateClient();
        foreach (var id in CounterPages)
        {
            var commands = Commands(factory);
            await PageAsync(client, $"counters/{id}.md", HttpStatusCode.OK);
            Assert.True(Commands(factory) > commands, $"counters/{id}.md read nothing from the database.");
        }
    }

    private static async Task<TaxonomyApiFactory> CopyImportedAsync(params (string Key, string Value)[] settings)
    {
        var factory = (await ImportedDatabase.CopyAsync()).With($"Logging:LogLevel:{CommandCategory}", "Information").CaptureLogs();
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        return factory;
    }

    private static int Commands(TaxonomyApiFactory factory) => factory.Logs!.Entries.Count(entry => entry.Category == CommandCategory);

    private static async Task<string> PageAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/generated_pages/{path}");
        request.Headers.Accept.Add(new("text/markdown"));
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
