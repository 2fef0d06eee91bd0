namespace Taxonomy.Api.Security;

/// <summary>
/// What an API key may do. An editor creates, replaces and deletes objects; an admin also imports
/// workbooks and restores earlier versions. Each role is also the name of the policy requiring it.
/// </summary>
public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>The roles a key of <paramref name="role"/> holds: an admin is an editor too.</summary>
    public static IReadOnlyList<string> Held(string role) => role == Admin ? [Editor, Admin] : [Editor];
}
