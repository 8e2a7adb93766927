using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Storage;

/// <summary>Blob housekeeping: the sweep that deletes blobs no version references after a grace period, and discards expired uploads.</summary>
internal static class StorageFeature
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
