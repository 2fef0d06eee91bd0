using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        // The FTS5 index over this table (an external-content table, which EF Core cannot create:
        // the migrations do, in SQL) follows it through AFTER triggers, with which SQLite's
        // RETURNING does not work, so EF Core reads back the new rowid without it.
        builder.ToTable(SearchIndex.EntriesTable, table => table.UseSqlReturningClause(false));
        builder.HasKey(e => e.RowId);
        builder.Property(e => e.Type).IsRequired();
        builder.Property(e => e.Id).IsRequired();

        // The indexer finds an object's entry by type and id on every write.
        builder.HasIndex(e => new { e.Type, e.Id });
    }
}
