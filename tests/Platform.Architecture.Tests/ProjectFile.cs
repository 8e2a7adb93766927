using System.Xml.Linq;

namespace Platform.Architecture.Tests;

/// <summary>The parts of a project file the boundary rules look at.</summary>
internal sealed class ProjectFile
{
    private readonly XDocument _xml;

    public ProjectFile(string path)
    {
        Path = path;
        _xml = XDocument.Load(path);
    }

    public string Path { get; }

    public string AssemblyName => Property("AssemblyName") ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    public string? ModuleId => Property("PlatformModuleId");

    /// <summary>ProjectReference includes, as written in the file.</summary>
    public IReadOnlyList<string> ProjectReferences =>
        [.. _xml.Descendants().Where(e => e.Name.LocalName == "ProjectReference").Select(e => (string?)e.Attribute("Include") ?? "")];

    /// <summary>A reference resolved to a full path, or null when it uses MSBuild properties this reader cannot evaluate.</summary>
    public string? Resolve(string include) =>
        include.Contains("$(", StringComparison.Ordinal)
            ? null
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, include.Replace('\\', '/')));

    private string? Property(string name) =>
        _xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup")?.Value.Trim();
}
