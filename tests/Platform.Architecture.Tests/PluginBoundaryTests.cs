namespace Platform.Architecture.Tests;

/// <summary>Sample third-party plugins follow the module rule: among the repository's projects, only the SDK.</summary>
public sealed class PluginBoundaryTests
{
    [Fact]
    public void Plugin_projects_reference_only_the_sdk_project()
    {
        // There may be no sample plugins yet; each one that exists is checked.
        foreach (var project in Repository.PluginProjects())
        {
            ProjectReferenceRules.AssertOnlySdk(project);
        }
    }
}
