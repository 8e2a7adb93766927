using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>The recycle bin: deleted folders and documents, restore with their versions and shares, purge by hand or after the configured days.</summary>
internal static class RecycleBinFeature
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
