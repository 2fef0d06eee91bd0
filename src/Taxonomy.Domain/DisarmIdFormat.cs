using System.Text.RegularExpressions;

namespace Taxonomy.Domain;

/// <summary>The shape of one kind of DISARM id, such as <c>T0166</c> or <c>TA06</c>.</summary>
public sealed class DisarmIdFormat(string kind, string pattern, string example)
{
    private readonly Regex _regex = new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));

    public string Kind { get; } = kind;

    public string Pattern { get; } = pattern;

    public string Example { get; } = example;

    public bool IsValid(string? id) => id is not null && _regex.IsMatch(id);

    public string Describe() => $"a {Kind} id such as {Example}";
}
