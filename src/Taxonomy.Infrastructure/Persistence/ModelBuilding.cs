using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>Conventions every DISARM table shares, kept in one place so the configurations agree.</summary>
internal static class ModelBuilding
{
    public const int IdLength = 16;
    public const int NameLength = 500;

    public static void HasDisarmId<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class
    {
        builder.ToTable(table);
        builder.HasKey("Id");
        builder.Property<string>("Id").HasMaxLength(IdLength).ValueGeneratedNever();
    }

    /// <summary>
    /// A many-to-many link owned by <typeparamref name="TOwner"/>: its rows go with the owner, but
    /// the linked object cannot be deleted while an owner still lists it.
    /// </summary>
    public static void HasOwnedLinks<TOwner, TTarget>(
        this CollectionNavigationBuilder<TOwner, TTarget> links, string table, string ownerKey, string targetKey)
        where TOwner : class
        where TTarget : class =>
        links.WithMany().UsingEntity(
            table,
            right => right.HasOne(typeof(TTarget)).WithMany().HasForeignKey(targetKey).OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(TOwner)).WithMany().HasForeignKey(ownerKey).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey(ownerKey, targetKey);
                join.HasIndex(targetKey);
            });
}
