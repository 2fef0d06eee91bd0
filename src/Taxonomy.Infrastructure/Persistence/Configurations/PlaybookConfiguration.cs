using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class PlaybookConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> builder)
    {
        builder.HasDisarmId("playbooks");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Counter).WithMany().HasForeignKey(x => x.CounterId).OnDelete(DeleteBehavior.Restrict);
    }
}
