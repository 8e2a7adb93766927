using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Spaces;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.People;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Demo;

/// <summary>
/// Demo folders and files in the company space for a first look around, created when <c>Modules:documents:SeedDemoData</c>
/// is true (the host's Development settings) and the company space is still empty. Files go through the same writer as
/// uploads, so they are stored by hash and their events index them for search; the demo manager is their author.
/// </summary>
internal static class DemoData
{
    public static async Task SeedAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Resolve<DocumentsDbContext>();
        var time = scope.Resolve<TimeProvider>();
        var company = await CompanySpace.EnsureAsync(db, time, cancellationToken);
        if (await db.Folders.AnyAsync(f => f.ParentId == company.RootFolderId, cancellationToken)
            || await db.Documents.AnyAsync(d => d.FolderId == company.RootFolderId, cancellationToken))
        {
            return;
        }

        var author = (await scope.Resolve<IUserAccounts>().FindByEmailAsync("manager@demo.local", cancellationToken))?.UserId;
        var blobs = scope.Resolve<DocumentBlobs>().Container;
        var writer = scope.Resolve<DocumentWriter>();
        var now = time.GetUtcNow();
        var folders = new Dictionary<string, Folder>();
        foreach (var name in DemoLibrary.Folders)
        {
            var folder = new Folder
            {
                Id = Guid.CreateVersion7(now), SpaceId = company.Id, ParentId = company.RootFolderId, Name = name, NameKey = ItemName.KeyOf(name),
                CreatedAt = now, CreatedBy = author, UpdatedAt = now,
            };
            db.Folders.Add(folder);
            folders[name] = folder;
        }

        foreach (var file in DemoLibrary.Files)
        {
            var document = writer.CreateDocument(
                folders[file.Folder], file.Name, await StoreAsync(blobs, file.Draft?.Content ?? file.Content, cancellationToken), file.ContentType,
                file.Draft is null ? "Demo content" : "First draft");
            if (file.Draft is { } draft)
            {
                writer.AddVersion(document, await StoreAsync(blobs, file.Content, cancellationToken), file.ContentType, draft.Revision);
            }

            document.CreatedBy = document.UpdatedBy = author;
            document.Tags = [.. file.Tags.Select(t => new DocumentTag { DocumentId = document.Id, Value = t })];
            foreach (var version in db.ChangeTracker.Entries<DocumentVersion>().Where(v => v.Entity.DocumentId == document.Id))
            {
                version.Entity.AuthorId = author;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<StoredBlob> StoreAsync(IBlobContainer blobs, Func<byte[]> content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content());
        return await blobs.PutAsync(stream, long.MaxValue, cancellationToken);
    }
}
