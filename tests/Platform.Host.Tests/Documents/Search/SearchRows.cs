using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Events;
using Platform.Sdk.Persistence;

namespace Platform.Host.Tests.Documents.Search;

/// <summary>
/// Changes the search tests make straight in the Documents module's database, each exactly as the module's own API
/// does it (rows changed and the same event published in the same save): renaming, deleting and closing a folder's
/// access are other areas' endpoints, and these tests are about what the indexer and the search make of them.
/// The module is a plugin, so its types are reached by name.
/// </summary>
internal sealed class SearchRows(PlatformHost host)
{
    private const string Domain = "Platform.Modules.Documents.Domain.";
    private const string Events = "Platform.Modules.Documents.Events.";

    /// <summary>Renames a document and publishes documents.moved.v1, as a rename by the items API does.</summary>
    public Task RenameAsync(Guid documentId, string newName) => ChangeDocumentAsync(documentId, (db, document, type) =>
    {
        var oldName = (string)type.GetProperty("Name")!.GetValue(document)!;
        var folderId = (Guid)type.GetProperty("FolderId")!.GetValue(document)!;
        type.GetProperty("Name")!.SetValue(document, newName);
        type.GetProperty("NameKey")!.SetValue(document, newName.ToUpperInvariant());
        db.PublishEvent(NewEvent(type, "DocumentMoved", (Guid?)documentId, folderId, (Guid?)null, folderId, oldName, newName));
    });

    /// <summary>Moves a document to the recycle bin and publishes documents.deleted.v1.</summary>
    public Task DeleteAsync(Guid documentId) => ChangeDocumentAsync(documentId, (db, document, type) =>
    {
        type.GetProperty("DeletedAt")!.SetValue(document, (DateTimeOffset?)DateTimeOffset.UtcNow);
        var folderId = (Guid)type.GetProperty("FolderId")!.GetValue(document)!;
        var name = (string)type.GetProperty("Name")!.GetValue(document)!;
        db.PublishEvent(NewEvent(type, "DocumentDeleted", (Guid?)documentId, folderId, (Guid?)null, name, false));
    });

    /// <summary>Stops a folder inheriting access from above (with no entries of its own, only documents.manage sees it).</summary>
    public async Task CloseFolderAsync(Guid folderId)
    {
        await using var scope = DocumentsScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = EntityType(db, "Folder");
        var folder = await db.FindAsync(type, folderId) ?? throw new InvalidOperationException($"No folder {folderId}.");
        type.GetProperty("InheritsAccess")!.SetValue(folder, false);
        await db.SaveChangesAsync();
    }

    /// <summary>Empties the search index, as after restoring a backup taken without it.</summary>
    public async Task ClearIndexAsync()
    {
        await using var scope = DocumentsScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = EntityType(db, "SearchEntry");
        var entries = await ((IQueryable<object>)db.GetType().GetMethod("Set", Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!).ToListAsync();
        db.RemoveRange(entries);
        await db.SaveChangesAsync();
    }

    private async Task ChangeDocumentAsync(Guid documentId, Action<ModuleDbContext, object, Type> change)
    {
        await using var scope = DocumentsScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = EntityType(db, "Document");
        var document = await db.FindAsync(type, documentId) ?? throw new InvalidOperationException($"No document {documentId}.");
        change(db, document, type);
        type.GetProperty("UpdatedAt")!.SetValue(document, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static Type EntityType(ModuleDbContext db, string name) =>
        db.Model.GetEntityTypes().Single(t => t.ClrType.FullName == Domain + name).ClrType;

    private static IIntegrationEvent NewEvent(Type inPlugin, string name, params object?[] arguments) =>
        (IIntegrationEvent)Activator.CreateInstance(inPlugin.Assembly.GetType(Events + name, throwOnError: true)!, arguments)!;

    private ILifetimeScope DocumentsScope()
    {
        _ = host.CreateClient(); // modules loaded
        var module = host.Services.GetRequiredService<ModuleCatalog>().Find("documents") ?? throw new InvalidOperationException("Documents is not loaded.");
        return module.Scope!.BeginLifetimeScope();
    }
}
