using System.Reflection;

namespace Platform.Architecture.Tests;

/// <summary>Where the repository's projects and built plugins are, found from the test's own location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test was built in; plugins are copied per configuration.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>First-party module projects: modules/&lt;Area&gt;/&lt;Project&gt;/&lt;Project&gt;.csproj.</summary>
    public static IReadOnlyList<string> ModuleProjects() => Glob("modules", depth: 2);

    /// <summary>Sample third-party plugin projects: plugins/&lt;Project&gt;/&lt;Project&gt;.csproj.</summary>
    public static IReadOnlyList<string> PluginProjects() => Glob("plugins", depth: 1);

    public static string SdkProject => Path.Combine(Root, "sdk", "Platform.Sdk", "Platform.Sdk.csproj");

    /// <summary>Repository-relative path with forward slashes, for readable test names and messages.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static List<string> Glob(string folder, int depth)
    {
        var start = Path.Combine(Root, folder);
        if (!Directory.Exists(start))
        {
            return [];
        }

        IEnumerable<string> directories = [start];
        for (var i = 0; i < depth; i++)
        {
            directories = directories.SelectMany(Directory.EnumerateDirectories);
        }

        return [.. directories.SelectMany(d => Directory.EnumerateFiles(d, "*.csproj")).Order(StringComparer.Ordinal)];
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
