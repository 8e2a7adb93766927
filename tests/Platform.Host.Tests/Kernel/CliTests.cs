using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>The host's verbs, run as the operator runs them: a separate process that exits.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Migrate_then_modules_list_report_versions_states_and_reasons()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins"))
            .Add(TestPaths.FirstPartyPlugin("projects"))
            .AddGeneric("orphan", "1.0.0", ("ghost", "^1.0"));
        string[] settings = [$"--Platform:Plugins:Paths:0={plugins.Path}", $"--Platform:DataDirectory={_temp.Combine("data")}"];

        var migrate = await HostProcess.RunToEndAsync(["migrate", .. settings]);
        Assert.Equal(1, migrate.ExitCode); // the orphan is faulted, and the exit code says so
        Assert.Matches(@"projects\s+1\.1\.0\s+migrated", migrate.Output);
        Assert.True(File.Exists(_temp.Combine("data", "projects.db")), "migrate created the module's database");

        var list = await HostProcess.RunToEndAsync(["modules", "list", .. settings]);
        Assert.Matches(@"projects\s+1\.1\.0\s+Valid\s+1\.1\.0", list.Output);
        Assert.Matches(@"orphan\s+1\.0\.0\s+Faulted\s+-\s+requires 'ghost' \^1\.0, which is not installed", list.Output);

        var unknown = await HostProcess.RunToEndAsync("frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("modules list", unknown.Output);
    }
}
