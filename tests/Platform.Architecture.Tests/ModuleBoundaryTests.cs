namespace Platform.Architecture.Tests;

/// <summary>
/// A module references only the SDK: never the host, never another module. Modules are found by globbing
/// modules/*/*/*.csproj, so a new module is covered without touching this file.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules() => new(Repository.ModuleProjects().Select(Repository.Relative));

    [Fact]
    public void Modules_are_discovered() => Assert.NotEmpty(Repository.ModuleProjects());

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_project_references_only_the_sdk_project(string project) =>
        ProjectReferenceRules.AssertOnlySdk(Path.Combine(Repository.Root, project));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Built_module_references_no_platform_assembly_but_the_sdk(string project)
    {
        var assembly = BuiltPlugin(project);

        var platformReferences = AssemblyReferences.Of(assembly).Where(AssemblyReferences.IsPlatform).ToList();

        Assert.Equal(["Platform.Sdk"], platformReferences);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Built_plugin_folder_ships_no_other_platform_assembly(string project)
    {
        var assembly = BuiltPlugin(project);

        // The SDK (and any other Platform assembly) must come from the host, or the plugin's copy would
        // be a different type identity from the host's and the module contract would break at load time.
        var shipped = Directory.EnumerateFiles(Path.GetDirectoryName(assembly)!, "*.dll", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => AssemblyReferences.IsPlatform(name!))
            .ToList();

        Assert.Equal([Path.GetFileNameWithoutExtension(assembly)], shipped);
    }

    /// <summary>The module's assembly as the build copied it into the plugins folder the host reads.</summary>
    private static string BuiltPlugin(string project)
    {
        var file = new ProjectFile(Path.Combine(Repository.Root, project));
        Assert.False(string.IsNullOrEmpty(file.ModuleId), $"{project} sets no PlatformModuleId.");
        var path = Path.Combine(Repository.Root, "artifacts", "plugins", Repository.Configuration, file.ModuleId, file.AssemblyName + ".dll");
        Assert.True(File.Exists(path), $"{project} was not built into {Repository.Relative(path)}.");
        return path;
    }
}
