namespace Platform.Architecture.Tests;

internal static class ProjectReferenceRules
{
    /// <summary>Fails unless every ProjectReference of <paramref name="projectPath"/> is the SDK project.</summary>
    public static void AssertOnlySdk(string projectPath)
    {
        var file = new ProjectFile(projectPath);
        foreach (var include in file.ProjectReferences)
        {
            var target = file.Resolve(include);
            Assert.True(
                target is not null && string.Equals(target, Repository.SdkProject, StringComparison.Ordinal),
                $"{Repository.Relative(projectPath)} references '{include}'; a module or plugin may reference only sdk/Platform.Sdk.");
        }
    }
}
