using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>Versions: list, download any version, restore an old one as a new version, retention (keep N, thin by age).</summary>
internal static class VersionsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
