using System.Reflection;

namespace Platform.Benchmarks;

/// <summary>Where the benchmark finds what it starts: outputs of the same configuration it was built in.</summary>
internal sealed record RepoLayout(string Root, string Configuration)
{
    public string HostDll => Output("host/Platform.Host", "Platform.Host.dll");

    public string BareAppDll => Output("tests/Platform.Benchmarks.BareApp", "Platform.Benchmarks.BareApp.dll");

    /// <summary>First-party plugins as the module builds lay them out (one folder per module).</summary>
    public string FirstPartyPlugins => Path.Combine(Root, "artifacts", "plugins", Configuration);

    public string PluginTemplate => Path.Combine(Root, "tests", "Platform.Benchmarks", "GeneratedPlugin");

    public static RepoLayout Find()
    {
        var configuration = typeof(RepoLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir.FullName, "host")))
            {
                return new RepoLayout(dir.FullName, configuration);
            }
        }

        throw new InvalidOperationException("Run the benchmark from its build output inside the repository.");
    }

    private string Output(string project, string dll) =>
        Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
}
