using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>A plugins folder assembled per test from built plugins, optionally under rewritten manifests.</summary>
public sealed class PluginFolder(string path)
{
    public string Path { get; } = path;

    public PluginFolder Add(string builtPluginFolder, string? asFolder = null)
    {
        var target = System.IO.Path.Combine(Path, asFolder ?? System.IO.Path.GetFileName(builtPluginFolder));
        CopyDirectory(builtPluginFolder, target);
        return this;
    }

    /// <summary>Deploys the generic fixture under another id, version and dependencies.</summary>
    public PluginFolder AddGeneric(string id, string version = "1.0.0", params (string Id, string Range)[] dependencies) =>
        AddRewritten(TestPaths.FixturePlugin("generic"), id, manifest =>
        {
            manifest["id"] = id;
            manifest["name"] = id;
            manifest["version"] = version;
            manifest["dependencies"] = new JsonArray(dependencies.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["version"] = d.Range }).ToArray());
        });

    public PluginFolder AddRewritten(string builtPluginFolder, string folder, Action<JsonObject> rewrite)
    {
        var target = System.IO.Path.Combine(Path, folder);
        CopyDirectory(builtPluginFolder, target);
        var manifestPath = System.IO.Path.Combine(target, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        rewrite(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    public PluginFolder AddRaw(string folder, string manifestText)
    {
        var target = System.IO.Path.Combine(Path, folder);
        CopyDirectory(TestPaths.FixturePlugin("generic"), target);
        File.WriteAllText(System.IO.Path.Combine(target, "plugin.json"), manifestText);
        return this;
    }

    public void Remove(string folder) => Directory.Delete(System.IO.Path.Combine(Path, folder), recursive: true);

    private static void CopyDirectory(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Built plugin not found at {source}; build the solution first.");
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
