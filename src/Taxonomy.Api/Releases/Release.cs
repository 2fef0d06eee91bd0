namespace Taxonomy.Api.Releases;

/// <summary>A release: the state of every object an import left, named by the label the import was given.</summary>
internal sealed record Release(string Label, int ImportId, DateTime ImportedAt, long Position);
