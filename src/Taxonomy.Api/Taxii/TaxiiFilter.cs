using System.Globalization;

namespace Taxonomy.Api.Taxii;

/// <summary>What a TAXII read asks for (TAXII 2.1, 3.4), parsed from its URL parameters.</summary>
public sealed record TaxiiFilter(
    DateTime? AddedAfter,
    int Limit,
    TaxiiCursor? After,
    IReadOnlySet<string>? Ids,
    IReadOnlySet<string>? Types,
    TaxiiVersionMatch Versions,
    IReadOnlySet<string>? SpecVersions)
{
    /// <summary>Objects a page holds when the client sends no limit.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Objects a page holds at most, whatever limit the client sends (TAXII lets the server cap it).</summary>
    public const int MaxLimit = 1000;

    /// <summary>Values one match parameter may list: each id costs a look-up of the object's history.</summary>
    public const int MaxMatchValues = 100;

    /// <summary>The filter, or the parameters that are wrong and why.</summary>
    public static (TaxiiFilter? Filter, Dictionary<string, string[]> Errors) Parse(
        string? addedAfter, int? limit, string? next, string? ids, string? types, string? versions, string? specVersions)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        DateTime? after = null;
        if (addedAfter is not null)
        {
            if (TryParseTime(addedAfter, out var time))
            {
                after = time;
            }
            else
            {
                errors["added_after"] = ["Not a timestamp: RFC 3339 in UTC, such as 2026-01-31T12:00:00.000000Z."];
            }
        }

        if (limit is < 1)
        {
            errors["limit"] = ["The limit is a positive number of objects."];
        }

        TaxiiCursor? cursor = null;
        if (next is not null)
        {
            if (TaxiiCursor.TryParse(next, out var parsed))
            {
                cursor = parsed;
            }
            else
            {
                errors["next"] = ["Not a value this server gave as next."];
            }
        }

        var idSet = Values("match[id]", ids, errors);
        var typeSet = Values("match[type]", types, errors);
        var specSet = Values("match[spec_version]", specVersions, errors);
        var versionMatch = TaxiiVersionMatch.Parse(Values("match[version]", versions, errors), errors);
        return errors.Count > 0
            ? (null, errors)
            : (new TaxiiFilter(after, Math.Min(limit ?? DefaultLimit, MaxLimit), cursor, idSet, typeSet, versionMatch!, specSet), errors);
    }

    /// <summary>A STIX timestamp (RFC 3339, UTC); an offset other than Z is taken as RFC 3339 allows.</summary>
    public static bool TryParseTime(string text, out DateTime time)
    {
        var parsed = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time)
            && text.Contains('T', StringComparison.Ordinal);
        time = DateTime.SpecifyKind(time, DateTimeKind.Utc);
        return parsed;
    }

    public bool Matches(TaxiiItem item) =>
        (AddedAfter is not { } after || item.Added > after)
        && (Types is null || Types.Contains(item.Type))
        && (Ids is null || Ids.Contains(item.Id))
        // Every object the API serves is STIX 2.1, DISARM's own (identity, marking, matrix) included.
        && (SpecVersions?.Contains(Stix.StixMapping.SpecVersion) ?? true);

    private static HashSet<string>? Values(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (values.Count == 0)
        {
            errors[name] = ["Give at least one value, or leave the parameter out."];
        }
        else if (values.Count > MaxMatchValues)
        {
            errors[name] = [$"At most {MaxMatchValues} values, separated by commas."];
        }

        return values;
    }
}
