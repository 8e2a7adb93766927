using Semver;

namespace Platform.Sdk.Manifest;

/// <summary>A dependency of a plugin on another plugin, by id and version range.</summary>
/// <param name="Id">The required plugin's id.</param>
/// <param name="Range">The accepted versions (npm range syntax, e.g. <c>^1.2</c>).</param>
public sealed record PluginDependency(string Id, SemVersionRange Range)
{
    /// <summary>The range as written in the manifest.</summary>
    public string RangeText { get; init; } = Range.ToString();
}

/// <summary>
/// The validated contents of a plugin's <c>plugin.json</c>, generated at build time from the project's
/// properties by the SDK's MSBuild targets.
/// </summary>
/// <param name="Id">Lower-case id; the route segment under <c>/api</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Version">SemVer 2 version.</param>
/// <param name="SdkRange">SDK versions the plugin was built for.</param>
/// <param name="EntryAssembly">File name of the assembly holding the module class.</param>
/// <param name="Description">What the plugin does.</param>
/// <param name="Authors">Who wrote it.</param>
/// <param name="Dependencies">Other plugins it needs.</param>
public sealed record PluginManifest(
    string Id,
    string Name,
    SemVersion Version,
    SemVersionRange SdkRange,
    string EntryAssembly,
    string Description,
    IReadOnlyList<string> Authors,
    IReadOnlyList<PluginDependency> Dependencies)
{
    /// <summary>The SDK range as written in the manifest.</summary>
    public string SdkRangeText { get; init; } = SdkRange.ToString();

    /// <summary>The manifest's file name inside a plugin folder.</summary>
    public const string FileName = "plugin.json";
}
