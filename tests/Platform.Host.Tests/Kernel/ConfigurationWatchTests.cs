using System.Diagnostics;
using System.Globalization;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>
/// The host started from its own folder keeps its data below it. Its configuration files are still reloaded on change,
/// but the data folder must not be watched: every write of a blob or a database page would wake a watcher, and every
/// blob folder would use up one of the user's inotify watches.
/// </summary>
public sealed class ConfigurationWatchTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_data_folder_inside_the_host_folder_takes_no_file_system_watch()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "inotify watches are read from /proc, which only Linux has.");
        var data = Path.Combine(Path.GetDirectoryName(HostProcess.HostDll)!, $"test-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        try
        {
            var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("documents"));
            using var host = await HostProcess.StartAsync($"--Platform:Plugins:Paths:0={plugins.Path}", $"--Platform:DataDirectory={data}");

            var dataFolders = await FolderInodesAsync(data);
            Assert.True(dataFolders.Count > 3, "the host created its blob folders");
            Assert.Empty(WatchedInodes(host.ProcessId).Intersect(dataFolders));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    // The inode numbers of a folder and every folder below it, as find prints them.
    private static async Task<HashSet<ulong>> FolderInodesAsync(string root)
    {
        var start = new ProcessStartInfo("find") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { root, "-type", "d", "-printf", "%i\\n" })
        {
            start.ArgumentList.Add(argument);
        }

        using var find = Process.Start(start)!;
        var output = await find.StandardOutput.ReadToEndAsync();
        await find.WaitForExitAsync();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(inode => ulong.Parse(inode, CultureInfo.InvariantCulture))];
    }

    // Each line "inotify wd:… ino:<hex> sdev:…" of an inotify descriptor's fdinfo is one watch, on the inode it names.
    private static IEnumerable<ulong> WatchedInodes(int pid) =>
        Directory.EnumerateFileSystemEntries($"/proc/{pid}/fdinfo")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("inotify ", StringComparison.Ordinal))
            .Select(line => line.Split(' ').First(field => field.StartsWith("ino:", StringComparison.Ordinal))[4..])
            .Select(hex => ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
