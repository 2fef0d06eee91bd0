namespace Taxonomy.Api.Importing;

/// <summary>
/// What <c>import</c> was asked to load, checked by <see cref="ImportCommand.Define"/>: a folder, two
/// workbooks and maybe DISARM's bundle, or with <see cref="FromUrl"/> none or two URLs to download.
/// </summary>
internal sealed record ImportArguments(IReadOnlyList<string> Sources, bool FromUrl, bool AllowPrivateUrls, string? Release);
