using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Documents;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Library;

/// <summary>The SDK's document library for other modules (Projects' task attachments): lookups that answer only what the reader may open.</summary>
internal static class LibraryFeature
{
    public static void Configure(ModuleBuilder module) =>
        module.ProvideCapability<IDocumentLibrary, DocumentLibrary>();

    public static void Map(IEndpointRouteBuilder api)
    {
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
