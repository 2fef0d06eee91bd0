using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class WorkbookRowConfiguration : IEntityTypeConfiguration<WorkbookRow>
{
    public void Configure(EntityTypeBuilder<WorkbookRow> builder)
    {
        builder.ToTable("workbook_rows");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Sheet).HasMaxLength(64);
        builder.HasIndex(x => new { x.Sheet, x.RowNumber });
        builder.HasIndex(x => new { x.Sheet, x.Key });
    }
}
