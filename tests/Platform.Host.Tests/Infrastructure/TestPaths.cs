using System.Reflection;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>Where the built plugins are: the build copies them to artifacts/ as it does for development runs.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Configuration { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public static string FirstPartyPlugin(string folder) => Path.Combine(RepoRoot, "artifacts", "plugins", Configuration, folder);

    public static string FixturePlugin(string folder) => Path.Combine(RepoRoot, "artifacts", "test-plugins", Configuration, folder);

    public static string HostAssembly => typeof(Program).Assembly.Location;

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test output.");
    }
}
