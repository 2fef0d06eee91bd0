using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class ImportedRowConfiguration : IEntityTypeConfiguration<ImportedRow>
{
    public void Configure(EntityTypeBuilder<ImportedRow> builder)
    {
        builder.ToTable("imported_rows");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Sheet).HasMaxLength(64);
        builder.HasOne(x => x.Import).WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.ImportId, x.Key });
        builder.HasIndex(x => new { x.ImportId, x.Sheet, x.RowNumber });
    }
}
