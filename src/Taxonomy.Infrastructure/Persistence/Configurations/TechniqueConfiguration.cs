using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class TechniqueConfiguration : IEntityTypeConfiguration<Technique>
{
    public void Configure(EntityTypeBuilder<Technique> builder)
    {
        builder.HasDisarmId("techniques");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Tactic).WithMany().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Parent).WithMany(x => x.Subtechniques).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.IsSubtechnique);
    }
}
