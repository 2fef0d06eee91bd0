namespace Taxonomy.Api.Tests;

/// <summary>
/// The real DISARM v1.7 workbooks in <c>../shared/disarm/v1.7</c> beside the repository, which
/// tests read in place and never copy.
/// </summary>
internal static class DisarmData
{
    public const string FrameworksFileName = "DISARM_FRAMEWORKS_MASTER.xlsx";
    public const string DataFileName = "DISARM_DATA_MASTER.xlsx";

    public static string Folder { get; } = FindFolder();

    public static string FrameworksPath => Path.Combine(Folder, FrameworksFileName);

    public static string DataPath => Path.Combine(Folder, DataFileName);

    /// <summary>The STIX bundle DISARM publishes for v1.7, beside the workbooks.</summary>
    public static string StixBundlePath => Path.Combine(Folder, "stix", "DISARM.json");

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Taxonomy.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "disarm", "v1.7"));
                return File.Exists(Path.Combine(folder, FrameworksFileName))
                    ? folder
                    : throw new InvalidOperationException($"The DISARM v1.7 workbooks are not in {folder}; see the README's section on data.");
            }
        }

        throw new InvalidOperationException($"No Taxonomy.sln above {AppContext.BaseDirectory}.");
    }
}
