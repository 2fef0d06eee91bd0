namespace Taxonomy.Api.Security;

/// <summary>The authorization policy every write endpoint requires.</summary>
public static class AdminPolicy
{
    public const string Name = "Admin";
    public const string Role = "admin";
}
