using System.Xml.Linq;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// The API's XML doc comments, read from the documentation file the build writes beside the
/// assembly, for the places of the document the generator's own XML comments do not reach
/// (<see cref="QueryParameterTransformer"/>, <see cref="TagTransformer"/>). Nothing is found without the file.
/// </summary>
internal static class XmlDocs
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(Read);

    /// <summary>A type's &lt;param&gt; (a record's property) or a method's, on one line; null when it has none.</summary>
    public static string? Param(string member, string name) =>
        Members.Value.GetValueOrDefault(member)?.Elements("param").FirstOrDefault(param => (string?)param.Attribute("name") == name) is { } param ? Text(param) : null;

    /// <summary>A type's &lt;summary&gt; on one line; null when it has none.</summary>
    public static string? Summary(Type type) =>
        Members.Value.GetValueOrDefault("T:" + type.FullName)?.Element("summary") is { } summary ? Text(summary) : null;

    /// <summary>Each member by its name without a method's signature ("M:Ns.Type.Method"); the first of overloads.</summary>
    private static Dictionary<string, XElement> Read()
    {
        var path = Path.ChangeExtension(typeof(XmlDocs).Assembly.Location, ".xml");
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var member in File.Exists(path) ? XDocument.Load(path).Descendants("member") : [])
        {
            members.TryAdd(((string?)member.Attribute("name") ?? "").Split('(')[0], member);
        }

        return members;
    }

    /// <summary>The text of a doc element on one line: a see's cref by its last name, an &lt;example&gt; kept as written for <see cref="RequestSchemaTransformer"/>.</summary>
    private static string Text(XElement element) =>
        string.Join(" ", string.Concat(element.Nodes().Select(node => node switch
        {
            XElement { Name.LocalName: "example" } example => example.ToString(SaveOptions.DisableFormatting),
            XElement { Name.LocalName: "see" } see when (string?)see.Attribute("cref") is { } cref => cref.Split('.')[^1],
            XElement other => other.Value,
            XText text => text.Value,
            _ => "",
        })).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
