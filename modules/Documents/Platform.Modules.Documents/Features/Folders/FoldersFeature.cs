using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>Folders: the tree of each space; create, list contents (paged, sorted), rename, move, copy, delete to the recycle bin.</summary>
internal static class FoldersFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var folders = api.MapGroup("/folders").WithTags("Folders");
        folders.MapPost("/", CreateFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Create a folder")
            .WithDescription("parentId and name are required. Needs write access to the parent. Names are NFC-normalised and unique within the parent regardless of case (409); path separators, control characters, reserved device names and names over 255 characters are refused (400).");
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
