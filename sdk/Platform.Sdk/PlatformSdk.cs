using Semver;

namespace Platform.Sdk;

/// <summary>Facts about the SDK that plugins are compiled against.</summary>
public static class PlatformSdk
{
    /// <summary>The SDK's version; plugin manifests declare a range of SDK versions they accept.</summary>
    public static SemVersion Version { get; } = SemVersion.Parse("1.0.0", SemVersionStyles.Strict);
}
