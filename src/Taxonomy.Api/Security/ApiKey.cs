namespace Taxonomy.Api.Security;

/// <summary>One configured key (Taxonomy:ApiKeys:N): who holds it, the secret itself, and its role.</summary>
public sealed class ApiKey
{
    /// <summary>Who holds the key; versions record it as the author of each change. Never the key itself.</summary>
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary><see cref="Roles.Editor"/> or <see cref="Roles.Admin"/>.</summary>
    public string Role { get; set; } = "";
}
