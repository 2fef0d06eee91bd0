using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class WorkbookLinkConfiguration : IEntityTypeConfiguration<WorkbookLink>
{
    public void Configure(EntityTypeBuilder<WorkbookLink> builder)
    {
        builder.ToTable("workbook_links");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Sheet).HasMaxLength(64);
        builder.Property(x => x.Token).HasMaxLength(64);
        builder.HasIndex(x => new { x.Sheet, x.Token });
        builder.HasOne<WorkbookRow>().WithMany(r => r.Links).HasForeignKey(x => x.WorkbookRowId).OnDelete(DeleteBehavior.Cascade);
    }
}
