using System.Security.Cryptography;
using System.Text;

namespace Taxonomy.Api.Security;

/// <summary>
/// The keys configured for writing: <c>Taxonomy:ApiKeys:N</c> (Name, Key, Role), and the older
/// <c>Taxonomy:AdminApiKeys:N</c>, whose keys are admins named admin-1, admin-2, ... A mistake in
/// them stops the API at start, naming the setting, rather than leaving a key that silently fails.
/// </summary>
public sealed class ApiKeys
{
    public const string Setting = "Taxonomy:ApiKeys";
    public const string AdminSetting = "Taxonomy:AdminApiKeys";

    private readonly List<(ApiKey Key, byte[] Hash)> _keys;

    public ApiKeys(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var named = configuration.GetSection(Setting).Get<List<ApiKey>>() ?? [];
        var admins = (configuration.GetSection(AdminSetting).Get<string[]>() ?? []).Where(key => !string.IsNullOrWhiteSpace(key))
            .Select((key, index) => new ApiKey { Name = $"admin-{index + 1}", Key = key, Role = Roles.Admin });
        var keys = named.Concat(admins).ToList();
        for (var i = 0; i < named.Count; i++)
        {
            var key = named[i];
            var problem = string.IsNullOrWhiteSpace(key.Name) ? "has no Name"
                : string.IsNullOrWhiteSpace(key.Key) ? "has no Key"
                : key.Key.Length < 16 ? "has a Key shorter than 16 characters"
                : key.Role is not (Roles.Editor or Roles.Admin) ? $"has Role '{key.Role}', which is neither {Roles.Editor} nor {Roles.Admin}"
                : null;
            if (problem is not null)
            {
                throw new InvalidOperationException($"The API key {Setting}:{i} {problem}.");
            }
        }

        var repeated = keys.GroupBy(key => key.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"Two API keys are named '{repeated.Key}'; versions record who made each change by that name.");
        }

        _keys = keys.Select(key => (key, Hash(key.Key))).ToList();
    }

    public bool Any => _keys.Count > 0;

    /// <summary>The key a request presents, or null. Compares hashes in constant time, so timing reveals nothing about a key.</summary>
    public ApiKey? Find(string presented)
    {
        var hash = Hash(presented);
        ApiKey? found = null;
        foreach (var (key, keyHash) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(keyHash, hash))
            {
                found = key;
            }
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
