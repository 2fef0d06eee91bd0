namespace Taxonomy.Api.Taxii;

/// <summary>Which versions of each object match[version] asks for (TAXII 2.1, 3.4.2): first, last (the default), all, or those of given timestamps.</summary>
public sealed record TaxiiVersionMatch(bool First, bool Last, bool All, IReadOnlySet<DateTime> Times)
{
    public static readonly TaxiiVersionMatch Latest = new(false, true, false, new HashSet<DateTime>());

    /// <summary>Whether only each object's latest version is asked for, which the versions table answers without reading histories.</summary>
    public bool OnlyLast => Last && !First && !All && Times.Count == 0;

    public static TaxiiVersionMatch? Parse(IReadOnlySet<string>? values, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (values is null)
        {
            return Latest;
        }

        var times = new HashSet<DateTime>();
        var wrong = new List<string>();
        foreach (var value in values.Where(v => v is not ("first" or "last" or "all")))
        {
            if (TaxiiFilter.TryParseTime(value, out var time))
            {
                times.Add(time);
            }
            else
            {
                wrong.Add(value);
            }
        }

        if (wrong.Count > 0)
        {
            errors["match[version]"] = [$"Not first, last, all or a timestamp: {string.Join(", ", wrong.Take(5))}."];
            return null;
        }

        return new TaxiiVersionMatch(values.Contains("first"), values.Contains("last"), values.Contains("all"), times);
    }

    /// <summary>Whether the version of <paramref name="item"/> is one asked for, among the versions of its object, oldest first.</summary>
    public bool Selects(TaxiiItem item, IReadOnlyList<TaxiiItem> versions)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(versions);
        return All
            || (First && versions[0].At == item.At)
            || (Last && versions[^1].At == item.At)
            || (Times.Count > 0 && TaxiiFilter.TryParseTime(item.Version, out var version) && Times.Contains(version));
    }
}
