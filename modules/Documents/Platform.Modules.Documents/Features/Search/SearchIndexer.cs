using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Search.Extraction;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// Brings documents' search entries up to date with their rows: name, tags, metadata, folder path and the text of the
/// current version (extracted again only when the content changed). A document in the recycle bin, below a folder in
/// it, or gone has no entry. Changes are staged on the context; the caller saves them (the event handler together
/// with the event's inbox record).
/// </summary>
internal sealed class SearchIndexer(DocumentsDbContext db, DocumentBlobs blobs, TextExtractor extractor, TimeProvider time)
{
    private Dictionary<Guid, FolderRow>? _folders;

    /// <summary>
    /// Stages the entry of one document: added, updated or removed. Returns whether the document is indexed.
    /// <paramref name="extractAgain"/> reads the content even when it is unchanged (a rebuild).
    /// </summary>
    public async Task<bool> StageAsync(Guid documentId, CancellationToken cancellationToken, bool extractAgain = false)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Tags)
            .Include(d => d.Metadata)
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            await RemoveAsync(documentId, cancellationToken);
            return false;
        }

        return await StageAsync(document, cancellationToken, extractAgain);
    }

    /// <summary>
    /// Stages the entry of a document as it is in memory, with its tags and metadata loaded: what an edit of tags or
    /// metadata (which publishes no event) calls before its SaveChanges, so the index changes in the same transaction.
    /// </summary>
    /// <summary>
    /// Stages the new name, tags and metadata of an indexed document, for an edit that publishes no event. A document not
    /// indexed yet is left alone: its upload event is still to be handled and reads the document as it is then. Nothing is
    /// extracted, so an edit stays quick.
    /// </summary>
    public async Task RefreshLabelsAsync(Document document, CancellationToken cancellationToken)
    {
        if (await db.SearchEntries.FirstOrDefaultAsync(e => e.DocumentId == document.Id, cancellationToken) is { } entry)
        {
            ApplyLabels(entry, document);
            entry.IndexedAt = time.GetUtcNow();
        }
    }

    public async Task<bool> StageAsync(Document document, CancellationToken cancellationToken, bool extractAgain = false)
    {
        var entry = await db.SearchEntries.FirstOrDefaultAsync(e => e.DocumentId == document.Id, cancellationToken);
        var folders = await FoldersAsync(cancellationToken);
        if (document.DeletedAt is not null || !IsLive(folders, document.FolderId))
        {
            if (entry is not null)
            {
                db.SearchEntries.Remove(entry);
            }

            return false;
        }

        if (entry is null)
        {
            entry = new SearchEntry { DocumentId = document.Id };
            db.SearchEntries.Add(entry);
        }

        ApplyLabels(entry, document);
        var chain = ChainOf(folders, document.FolderId);
        entry.Path = string.Join(" / ", chain.Select(f => f.Name));
        entry.Scope = SearchScope.Of(chain.Select(f => f.Id));
        if (extractAgain || entry.ContentHash != document.Hash)
        {
            var text = await ExtractAsync(document, cancellationToken);
            entry.Body = text.Text;
            entry.Extraction = text.Outcome;
            entry.ContentHash = document.Hash;
        }

        entry.IndexedAt = time.GetUtcNow();
        return true;
    }

    private async Task RemoveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (await db.SearchEntries.FirstOrDefaultAsync(e => e.DocumentId == documentId, cancellationToken) is { } entry)
        {
            db.SearchEntries.Remove(entry);
        }
    }

    /// <summary>The documents in a folder and every folder below it (in use or not), for folder moves, deletions and restores.</summary>
    public async Task<IReadOnlyList<Guid>> DocumentsWithinAsync(Guid folderId, CancellationToken cancellationToken)
    {
        var folders = await FoldersAsync(cancellationToken);
        var within = new HashSet<Guid> { folderId };
        // Repeat until no folder is added: parents may be listed after their children.
        for (var added = true; added;)
        {
            added = false;
            foreach (var folder in folders.Values)
            {
                if (folder.ParentId is { } parent && within.Contains(parent) && within.Add(folder.Id))
                {
                    added = true;
                }
            }
        }

        var ids = within.ToList();
        return await db.Documents.AsNoTracking().Where(d => ids.Contains(d.FolderId)).Select(d => d.Id).ToListAsync(cancellationToken);
    }

    private async Task<ExtractedText> ExtractAsync(Document document, CancellationToken cancellationToken)
    {
        await using var content = await blobs.Container.OpenReadAsync(document.Hash, cancellationToken);
        return content is null
            ? ExtractedText.None(ExtractionOutcome.Unreadable)
            : await extractor.ExtractAsync(content, document.Length, document.ContentType, document.Name, TextShape.Search, cancellationToken);
    }

    private async Task<Dictionary<Guid, FolderRow>> FoldersAsync(CancellationToken cancellationToken) =>
        _folders ??= await db.Folders.AsNoTracking()
            .Select(f => new FolderRow(f.Id, f.ParentId, f.Name, f.DeletedAt != null))
            .ToDictionaryAsync(f => f.Id, cancellationToken);

    private static bool IsLive(Dictionary<Guid, FolderRow> folders, Guid folderId)
    {
        var visited = new HashSet<Guid>();
        for (Guid? id = folderId; id is { } current; id = folders[current].ParentId)
        {
            if (!visited.Add(current) || !folders.TryGetValue(current, out var folder) || folder.IsDeleted)
            {
                return false;
            }
        }

        return true;
    }

    // The folder and those above it, from the space's root down.
    private static List<FolderRow> ChainOf(Dictionary<Guid, FolderRow> folders, Guid folderId)
    {
        var chain = new List<FolderRow>();
        var visited = new HashSet<Guid>();
        for (Guid? id = folderId; id is { } current && visited.Add(current) && folders.TryGetValue(current, out var folder); id = folder.ParentId)
        {
            chain.Add(folder);
        }

        chain.Reverse();
        return chain;
    }

    private sealed record FolderRow(Guid Id, Guid? ParentId, string Name, bool IsDeleted);

    private static void ApplyLabels(SearchEntry entry, Document document)
    {
        entry.Name = document.Name;
        entry.Tags = string.Join(' ', document.Tags.Select(t => t.Value));
        entry.Metadata = string.Join('\n', document.Metadata.Select(m => $"{m.Key} {m.Value}"));
    }
}
