using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        // An FTS5 virtual table, which EF Core cannot create: the AddSearchIndex migration does, in
        // SQL. Virtual tables do not support RETURNING, so EF Core reads back the rowid without it.
        builder.ToTable(SearchIndex.Table, table => table.ExcludeFromMigrations().UseSqlReturningClause(false));
        builder.HasKey(e => e.RowId);
        builder.Property(e => e.RowId).HasColumnName("rowid");
        builder.Property(e => e.Type).IsRequired();
        builder.Property(e => e.Id).IsRequired();
    }
}
