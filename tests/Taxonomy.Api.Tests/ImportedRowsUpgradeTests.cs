using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Taxonomy.Api.Pages;

namespace Taxonomy.Api.Tests;

/// <summary>Upgrading a database whose pages were rendered from workbook rows keeps every page as it was.</summary>
public sealed class ImportedRowsUpgradeTests
{
    [Fact]
    public async Task UpgradingFromWorkbookRowsKeepsEveryPage()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var client = factory.CreateClient();
        var before = await PagesAsync(factory, client);
        var rows = await factory.WithDbAsync(db => db.ImportedRows.CountAsync());

        await factory.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_KeepImportedRows", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(previous);
            Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE name = 'imported_rows'").ToListAsync());
            Assert.Equal(rows, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM workbook_rows").SingleAsync());
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal(rows, await factory.WithDbAsync(db => db.ImportedRows.CountAsync()));
        Assert.Equal(before, await PagesAsync(factory, client));
    }

    private static async Task<Dictionary<string, string>> PagesAsync(TaxonomyApiFactory factory, HttpClient client)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in await factory.WithAsync<PageSource, IReadOnlyList<string>>(pages => pages.PathsAsync(CancellationToken.None)))
        {
            // A query string of its own, so that the response cache does not answer for the renderer.
            pages[path] = await client.GetStringAsync($"/generated_pages/{path}?render={pages.Count}");
        }

        Assert.Equal(958, pages.Count);
        return pages;
    }
}
