using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Documents.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>The recycle bin: what the caller deleted or manages, restore, purge now, and the daily purge of old items.</summary>
internal static class RecycleBinFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static RecycleBinPurgeLoop? _purgeLoop;

    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<RecycleBinView>().InstancePerLifetimeScope();
        module.Services.RegisterType<RecycleBinPurger>().InstancePerLifetimeScope();
        module.Services.RegisterType<RecycleBinPurgeLoop>().AsSelf().SingleInstance();
        module.Events.Publishes<DocumentRestored>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var bin = api.MapGroup("/recycle-bin").WithTags("Recycle bin");
        bin.MapGet("/", ListRecycleBin.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("The caller's recycle bin")
            .WithDescription("Folders and documents in the recycle bin that the caller deleted (and may still write where they were) or manages there; holders of documents.manage see all. Only top-level items: what went with a folder comes back with it. Each with who deleted it and when, the folder it was in and its path, and purgeAt (deletedAt + RecycleBinDays). Newest deletion first; paged.");
        bin.MapPost("/folders/{id:guid}/restore", RestoreItem.Folder)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Restore a folder")
            .WithDescription("Puts the folder back where it was, with everything below it, its access entries and share links. 409 when the folder it was in is in the recycle bin too (restore that first), or when its name is taken there (send ?rename=true to restore it as \"name (n)\"). Publishes documents.restored.v1.");
        bin.MapPost("/documents/{id:guid}/restore", RestoreItem.Document)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Restore a document")
            .WithDescription("Puts the document back in its folder with its versions, tags, metadata and share links. 409 when that folder is in the recycle bin (restore it first), or when the name is taken there (send ?rename=true to restore it as \"name (n).ext\"). Publishes documents.restored.v1.");
        bin.MapDelete("/folders/{id:guid}", PurgeItem.Folder)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Purge a folder now")
            .WithDescription("Deletes the folder in the recycle bin for good, with every folder and document below it, their versions, access entries and share links (the stored contents go with the orphan sweep once nothing refers to them). Needs manage access where it was, or documents.manage. Publishes documents.deleted.v1 with purged=true for the folder and for each document.");
        bin.MapDelete("/documents/{id:guid}", PurgeItem.Document)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Purge a document now")
            .WithDescription("Deletes the document in the recycle bin for good, with its versions, tags, metadata and share links. Needs manage access to its folder, or documents.manage. Publishes documents.deleted.v1 with purged=true.");
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _purgeLoop = services.GetRequiredService<ILifetimeScope>().Resolve<RecycleBinPurgeLoop>();
        _purgeLoop.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_purgeLoop is { } loop)
        {
            _purgeLoop = null;
            await loop.StopAsync();
        }
    }
}
