using System.Text.Json.Nodes;

namespace Taxonomy.Api.Releases;

/// <summary>What a diff of two releases lists: the changes, in order of type and id, a page at a time.</summary>
/// <param name="From">The release compared from. <example>1.6</example></param>
/// <param name="To">The release compared to. <example>1.7</example></param>
/// <param name="Items">The changes on this page.</param>
/// <param name="Next">The value of after for the following page, or null when this is the last. <example>techniques/T0002</example></param>
public sealed record ReleaseDiffResponse(string From, string To, IReadOnlyList<ReleaseChange> Items, string? Next) : INextPage
{
    string? INextPage.NextPageAfter => Next;
}

/// <summary>One object that differs between two releases.</summary>
/// <param name="Type">The object's type, as in the API's paths. <example>techniques</example></param>
/// <param name="Id">The object's id in the API. <example>T0002</example></param>
/// <param name="Change">added (only the later release holds it), removed (only the earlier does) or changed.</param>
/// <param name="Name">The object's name (a reference's URL), as the release that holds it last names it.</param>
/// <param name="Fields">For a change, each field that differs, links included (a technique's tacticId, a mapping's techniqueIds); empty for added and removed objects.</param>
public sealed record ReleaseChange(string Type, string Id, string Change, string? Name, IReadOnlyList<FieldChange> Fields);

/// <summary>One field of an object that differs between two releases, as the object's JSON shows it.</summary>
/// <param name="Field">The field's name in the object's JSON. <example>name</example></param>
/// <param name="Old">Its value in the release compared from.</param>
/// <param name="New">Its value in the release compared to.</param>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);
