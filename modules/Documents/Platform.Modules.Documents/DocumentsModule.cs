using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Demo;
using Platform.Modules.Documents.Features.Files;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Features.Items;
using Platform.Modules.Documents.Features.Library;
using Platform.Modules.Documents.Features.Locks;
using Platform.Modules.Documents.Features.RecycleBin;
using Platform.Modules.Documents.Features.Search;
using Platform.Modules.Documents.Features.Sharing;
using Platform.Modules.Documents.Features.Spaces;
using Platform.Modules.Documents.Features.Storage;
using Platform.Modules.Documents.Features.Uploads;
using Platform.Modules.Documents.Features.Versions;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents;

/// <summary>
/// The Documents module: spaces and folders, documents and their versions, streamed and resumable uploads, downloads,
/// check-out locks, folder access and share links, the recycle bin and full-text search. Each area (a folder under
/// Features) registers its own services, events and endpoints; this class only wires them together.
/// </summary>
public sealed class DocumentsModule : PlatformModule
{
    public override void Configure(ModuleBuilder module)
    {
        var options = module.Info.Configuration.Get<DocumentsOptions>() ?? new DocumentsOptions();
        module.Services.RegisterInstance(options);
        module.AddDatabase<DocumentsDbContext>(db => db
            .Sqlite<DocumentsSqliteDbContext>()
            .Postgres<DocumentsPostgresDbContext>()
            .SqlServer<DocumentsSqlServerDbContext>());

        module.Permissions
            .Declare(DocumentPermissions.Read, "Open the folders and documents one's folder access allows: list, download, search.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(DocumentPermissions.Write, "Upload, edit, move, lock and delete where one's folder access allows writing.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(DocumentPermissions.Manage, "See and manage every folder and document, override locks, empty the recycle bin, rebuild the search index.",
                BuiltInRoles.Administrator);

        AccessFeature.Configure(module);
        ContentFeature.Configure(module);
        SpacesFeature.Configure(module);
        FoldersFeature.Configure(module);
        ItemsFeature.Configure(module);
        RecycleBinFeature.Configure(module);
        FilesFeature.Configure(module);
        UploadsFeature.Configure(module);
        VersionsFeature.Configure(module);
        LocksFeature.Configure(module);
        StorageFeature.Configure(module);
        SharingFeature.Configure(module);
        SearchFeature.Configure(module);
        LibraryFeature.Configure(module);
        DemoFeature.Configure(module);
    }

    public override async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Spaces first: the company space must exist before demo data fills it.
        await SpacesFeature.StartAsync(services, cancellationToken);
        await DemoFeature.StartAsync(services, cancellationToken);
        await RecycleBinFeature.StartAsync(services, cancellationToken);
        await VersionsFeature.StartAsync(services, cancellationToken);
        await StorageFeature.StartAsync(services, cancellationToken);
        await SearchFeature.StartAsync(services, cancellationToken);
    }

    public override async Task StopAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await SearchFeature.StopAsync(cancellationToken);
        await StorageFeature.StopAsync(cancellationToken);
        await VersionsFeature.StopAsync(cancellationToken);
        await RecycleBinFeature.StopAsync(cancellationToken);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Every endpoint of the module first learns the caller's departments (department access entries).
        var api = endpoints.MapGroup("").AddEndpointFilter(DocumentAccessFilter.LoadAccessAsync);
        SpacesFeature.Map(api);
        FoldersFeature.Map(api);
        ItemsFeature.Map(api);
        RecycleBinFeature.Map(api);
        FilesFeature.Map(api);
        UploadsFeature.Map(api);
        VersionsFeature.Map(api);
        LocksFeature.Map(api);
        SharingFeature.Map(api);
        SearchFeature.Map(api);
    }
}
