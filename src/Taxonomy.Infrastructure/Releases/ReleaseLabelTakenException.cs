namespace Taxonomy.Infrastructure.Releases;

/// <summary>An import named a release a label another release has: releases are never replaced, so nothing was written.</summary>
public sealed class ReleaseLabelTakenException : Exception
{
    public ReleaseLabelTakenException(string label, int importId)
        : base($"Release '{label}' exists: import {importId} loaded it, and a release, once loaded, is never replaced. Name this one differently.")
    {
        Label = label;
        ImportId = importId;
    }

    public ReleaseLabelTakenException()
    {
        Label = "";
    }

    public ReleaseLabelTakenException(string message)
        : base(message)
    {
        Label = "";
    }

    public ReleaseLabelTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
        Label = "";
    }

    public string Label { get; }

    public int ImportId { get; }
}
