using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>Resumable uploads with the tus 1.0 core protocol and its creation, termination and expiration extensions.</summary>
internal static class UploadsFeature
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
