using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class DisarmTaskConfiguration : IEntityTypeConfiguration<DisarmTask>
{
    public void Configure(EntityTypeBuilder<DisarmTask> builder)
    {
        builder.HasDisarmId("tasks");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Tactic).WithMany().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Framework).WithMany().HasForeignKey(x => x.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
