using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Tests;

public sealed class StartupTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    [Fact]
    public async Task MigrationsApplyToAnEmptyFileAndLeaveNothingPending()
    {
        await using var fresh = TaxonomyApiFactory.OverNoFile();
        Assert.False(File.Exists(fresh.DatabasePath));
        fresh.CreateClient();

        Assert.True(File.Exists(fresh.DatabasePath));
        Assert.Empty(await fresh.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.NotEmpty(await fresh.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync()));
        Assert.Empty(await fresh.WithDbAsync(db => Task.FromResult(ModelChangesSinceLastMigration(db))));
    }

    /// <summary>
    /// What <c>dotnet ef migrations has-pending-model-changes</c> computes: the difference between
    /// the last migration's snapshot and the model. (DatabaseFacade.HasPendingModelChanges reports
    /// a change for the primitive collection Incident.Urls at run time, though the tool sees none.)
    /// </summary>
    private static List<string> ModelChangesSinceLastMigration(TaxonomyDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot, designTime: true, validationLogger: null);
        return db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(snapshot.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel())
            .Select(operation => operation.ToString()!)
            .ToList();
    }

    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        factory.CreateClient();

        var mode = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task HealthChecksTheDatabase()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
