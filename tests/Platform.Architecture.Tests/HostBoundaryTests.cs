using Platform.Host.Kernel.Persistence;

namespace Platform.Architecture.Tests;

/// <summary>The host loads modules as plugins and never compiles against one.</summary>
public sealed class HostBoundaryTests
{
    [Fact]
    public void Host_references_no_module_assembly()
    {
        var host = typeof(PlatformDbContext).Assembly;

        var references = host.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Platform.Sdk", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Platform.Modules.", StringComparison.Ordinal));
        Assert.Equal(["Platform.Sdk"], references.Where(AssemblyReferences.IsPlatform));
    }

    [Fact]
    public void Host_project_references_modules_for_build_order_only()
    {
        var host = new ProjectFile(Path.Combine(Repository.Root, "host", "Platform.Host", "Platform.Host.csproj"));
        var modules = Repository.ModuleProjects().ToHashSet(StringComparer.Ordinal);

        var compiledAgainst = System.Xml.Linq.XDocument.Load(host.Path).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Where(e => modules.Contains(host.Resolve((string?)e.Attribute("Include") ?? "") ?? ""))
            .Where(e => !string.Equals((string?)e.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        Assert.Empty(compiledAgainst);
    }
}
