using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>Uploads and downloads of whole files: streamed, size-limited, content-sniffed; Range and ETag downloads; zip archives of folders.</summary>
internal static class FilesFeature
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
