using System.Diagnostics;
using System.Text;

namespace Platform.Benchmarks.Startup;

/// <summary>
/// Generates <c>count</c> distinct plugin projects from the template (own assembly, module id, schema and so
/// SQLite file each) and builds them in one MSBuild run; the SDK targets lay out one plugin folder per module.
/// </summary>
internal static class PluginGenerator
{
    private const string Token = "000";

    public static string GenerateAndBuild(RepoLayout layout, int count, string workDirectory)
    {
        var source = Path.Combine(workDirectory, "src");
        var built = Path.Combine(workDirectory, "built");
        Directory.CreateDirectory(source);
        WriteIfChanged(Path.Combine(source, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{layout.Root}/Directory.Build.props" />
              <Import Project="{layout.Root}/sdk/Platform.Sdk/buildTransitive/Platform.Sdk.props" />
            </Project>
            """);
        WriteIfChanged(Path.Combine(source, "Directory.Build.targets"), $"""
            <Project>
              <PropertyGroup>
                <PlatformPluginsDirectory>{built}/</PlatformPluginsDirectory>
              </PropertyGroup>
              <Import Project="{layout.Root}/sdk/Platform.Sdk/buildTransitive/Platform.Sdk.targets" />
            </Project>
            """);

        var solution = new StringBuilder("<Solution>\n");
        for (var i = 1; i <= count; i++)
        {
            var number = i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var project = CopyTemplate(layout.PluginTemplate, Path.Combine(source, $"bench-{number}"), number);
            solution.Append(System.Globalization.CultureInfo.InvariantCulture, $"  <Project Path=\"{Path.GetRelativePath(source, project)}\" />\n");
        }

        var solutionFile = Path.Combine(source, "plugins.slnx");
        WriteIfChanged(solutionFile, solution.Append("</Solution>\n").ToString());
        Build(solutionFile, layout.Configuration);
        return built;
    }

    /// <summary>Copies <c>count</c> of the built plugin folders into a fresh folder for the host to scan.</summary>
    public static string Select(string built, int count, string destination)
    {
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }

        for (var i = 1; i <= count; i++)
        {
            var id = $"bench-{i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)}";
            var target = Directory.CreateDirectory(Path.Combine(destination, id)).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(built, id)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return destination;
    }

    private static string CopyTemplate(string template, string destination, string number)
    {
        string? projectFile = null;
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(template, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal) ||
                relative.StartsWith("Directory.Build.", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(destination, relative.Replace("Bench" + Token, "Bench" + number, StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Every per-plugin name in the template carries the token: Bench000, bench-000, bench_000.
            WriteIfChanged(target, File.ReadAllText(file).Replace("Bench" + Token, "Bench" + number, StringComparison.Ordinal)
                .Replace("bench-" + Token, "bench-" + number, StringComparison.Ordinal)
                .Replace("bench_" + Token, "bench_" + number, StringComparison.Ordinal));
            if (target.EndsWith(".csproj", StringComparison.Ordinal))
            {
                projectFile = target;
            }
        }

        return projectFile ?? throw new InvalidOperationException($"No project file in {template}.");
    }

    private static void Build(string solutionFile, string configuration)
    {
        Console.WriteLine($"Building generated plugins ({configuration}) ...");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var arg in new[] { "build", solutionFile, "-c", configuration, "-m:1", "-nologo", "-v:q", "-clp:ErrorsOnly" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the generated plugins failed (exit code {process.ExitCode}).");
        }
    }

    private static void WriteIfChanged(string path, string text)
    {
        // Unchanged sources keep their timestamps, so a re-run builds incrementally.
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }
}
