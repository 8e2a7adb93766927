using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Copies documents (and, for a folder copy, the folders above them) into new rows. A copied document keeps its whole
/// version history: each version is a new row pointing at the same blob, so nothing is stored twice and the copy can be
/// restored to any earlier version like the original. Tags and metadata are copied; locks, access entries and share
/// links are not (the copy takes the access of its new place). Each copy publishes documents.document-uploaded.v1 so
/// search indexes it. Adds rows to the context without saving.
/// </summary>
internal sealed class ItemCopier(DocumentsDbContext db, TimeProvider time, ICurrentUser caller)
{
    /// <summary>Copies the documents in use of <paramref name="folderMap"/>'s keys into the matching new folders.</summary>
    /// <param name="folderMap">Source folder id → the new folder.</param>
    /// <param name="renames">A new name for individual source documents (a single document copied under another name).</param>
    /// <param name="onlyDocumentId">Copy only this document (a document copy), or null for every document of the folders.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The new documents.</returns>
    public async Task<List<Document>> CopyDocumentsAsync(
        IReadOnlyDictionary<Guid, Folder> folderMap, IReadOnlyDictionary<Guid, string>? renames, Guid? onlyDocumentId, CancellationToken cancellationToken)
    {
        var sourceFolders = folderMap.Keys.ToList();
        var sources = await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(d => d.Tags).Include(d => d.Metadata)
            .Where(d => d.DeletedAt == null && sourceFolders.Contains(d.FolderId) && (onlyDocumentId == null || d.Id == onlyDocumentId))
            .ToListAsync(cancellationToken);
        var sourceIds = sources.Select(d => d.Id).ToList();
        var versions = (await db.Versions.AsNoTracking().Where(v => sourceIds.Contains(v.DocumentId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.DocumentId);

        var now = time.GetUtcNow();
        var copies = new List<Document>(sources.Count);
        foreach (var source in sources)
        {
            var folder = folderMap[source.FolderId];
            var name = renames?.GetValueOrDefault(source.Id) ?? source.Name;
            var copy = new Document
            {
                Id = Guid.CreateVersion7(now),
                FolderId = folder.Id,
                Name = name,
                NameKey = ItemName.KeyOf(name),
                ContentType = source.ContentType,
                Length = source.Length,
                Hash = source.Hash,
                CurrentVersionNumber = source.CurrentVersionNumber,
                CreatedAt = now,
                CreatedBy = caller.UserId,
                UpdatedAt = now,
                UpdatedBy = caller.UserId,
                Tags = [.. source.Tags.Select(t => new DocumentTag { Value = t.Value })],
                Metadata = [.. source.Metadata.Select(m => new DocumentMetadataEntry { Key = m.Key, Value = m.Value })],
            };
            foreach (var version in versions[source.Id])
            {
                var copied = new DocumentVersion
                {
                    Id = Guid.CreateVersion7(now),
                    DocumentId = copy.Id,
                    Number = version.Number,
                    Hash = version.Hash,
                    Length = version.Length,
                    ContentType = version.ContentType,
                    FileName = version.FileName,
                    Comment = version.Comment,
                    RestoredFrom = version.RestoredFrom,
                    AuthorId = version.AuthorId,
                    CreatedAt = version.CreatedAt,
                };
                db.Versions.Add(copied);
                if (version.Id == source.CurrentVersionId)
                {
                    copy.CurrentVersionId = copied.Id;
                }
            }

            db.Documents.Add(copy);
            db.PublishEvent(new DocumentUploaded(copy.Id, folder.Id, folder.SpaceId, copy.Name, copy.ContentType, copy.Length, copy.Hash, copy.CurrentVersionId, caller.UserId));
            copies.Add(copy);
        }

        return copies;
    }
}
