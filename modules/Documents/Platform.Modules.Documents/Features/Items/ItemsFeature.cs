using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>Documents as items of a folder: details, rename, tags and metadata, move, copy, delete to the recycle bin.</summary>
internal static class ItemsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/{id:guid}", GetDocument.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Get a document")
            .WithDescription("Its current version (type, length, SHA-256, number), tags, metadata, the check-out lock when one is held, and the caller's access level. 404 when it does not exist, is in the recycle bin, or the caller may not read its folder. The ETag header holds the version to send as If-Match.");
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
