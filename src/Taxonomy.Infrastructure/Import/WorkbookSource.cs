namespace Taxonomy.Infrastructure.Import;

/// <summary>A workbook to import: the name used in messages (usually the file name) and its bytes.</summary>
public sealed record WorkbookSource(string Name, Stream Content);
