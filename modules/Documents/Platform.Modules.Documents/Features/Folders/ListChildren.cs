using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// A folder's contents, folders first, then documents, each part sorted by the same key with the id as the last tie
/// breaker (stable pages). Built for large folders: the subfolders come from the access tree already in memory, the
/// documents are counted with one indexed COUNT and only the page's rows (and their tags) are read.
/// </summary>
internal static class ListChildren
{
    public static readonly SortFields<Document> Sorting = new SortFields<Document>()
        .Add("name", d => d.NameKey)
        .Add("updatedAt", d => d.UpdatedAt)
        .Add("length", d => d.Length)
        .Add("type", d => d.ContentType)
        .Add("id", d => d.Id);

    public static async Task<Results<Ok<PagedResult<FolderItem>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, int? page, int? pageSize, string? sort, string? type, string? tag,
        DocumentsDbContext db, DocumentAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        errors.Require(sortKeys.Count <= 1, "sort", "Sort by one field (name, updatedAt, length or type; prefix - for descending).");
        var filter = ChildrenFilter.Parse(type, tag, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await access.LevelOnAsync(id, cancellationToken) < AccessLevel.Read)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        var key = sortKeys.Count == 1 ? sortKeys[0] : new SortKey("name", false);
        var folders = filter.IncludesFolders ? await SubfoldersAsync(db, access, id, key, cancellationToken) : [];
        var documents = filter.Apply(db.Documents.AsNoTracking().Where(d => d.FolderId == id && d.DeletedAt == null), db);
        var documentCount = filter.IncludesDocuments ? await documents.LongCountAsync(cancellationToken) : 0;
        var window = ChildrenWindow.For(folders.Count, paging.EffectivePage, paging.EffectivePageSize);

        var items = new List<FolderItem>(paging.EffectivePageSize);
        items.AddRange(folders.Skip(window.FolderSkip).Take(window.FolderTake)
            .Select(f => new FolderItem("folder", f.Id, f.Name, f.UpdatedAt, null, null, null, null, null)));
        if (window.DocumentTake > 0 && window.DocumentSkip < documentCount)
        {
            items.AddRange(await DocumentPageAsync(db, documents, key, window, time.GetUtcNow(), cancellationToken));
        }

        return TypedResults.Ok(new PagedResult<FolderItem>(items, paging.EffectivePage, paging.EffectivePageSize, folders.Count + documentCount));
    }

    private static async Task<List<Folder>> SubfoldersAsync(DocumentsDbContext db, DocumentAccess access, Guid id, SortKey key, CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        var readable = GetFolder.ReadableSubfolders(tree, id).Select(f => f.Id).ToList();
        if (readable.Count == 0)
        {
            return [];
        }

        var folders = await db.Folders.AsNoTracking().Where(f => f.ParentId == id && f.DeletedAt == null && readable.Contains(f.Id)).ToListAsync(cancellationToken);
        // Folders have no length or type: those sorts order folders by name.
        IOrderedEnumerable<Folder> ordered = key.Field == "updatedAt"
            ? (key.Descending ? folders.OrderByDescending(f => f.UpdatedAt) : folders.OrderBy(f => f.UpdatedAt))
            : (key.Descending ? folders.OrderByDescending(f => f.NameKey, StringComparer.Ordinal) : folders.OrderBy(f => f.NameKey, StringComparer.Ordinal));
        return [.. key.Descending ? ordered.ThenByDescending(f => f.Id) : ordered.ThenBy(f => f.Id)];
    }

    private static async Task<IEnumerable<FolderItem>> DocumentPageAsync(
        DocumentsDbContext db, IQueryable<Document> documents, SortKey key, ChildrenWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The id runs the key's way, so a descending page walks the (folder, bin, key, id) index backwards, unsorted.
        var rows = await Sorting.Apply(documents, [key], new SortKey("id", key.Descending))
            .Skip((int)window.DocumentSkip)
            .Take(window.DocumentTake)
            .Select(d => new { d.Id, d.Name, d.UpdatedAt, d.ContentType, d.Length, d.CurrentVersionNumber, d.LockedBy, d.LockExpiresAt })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var tags = (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.DocumentId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.DocumentId, t => t.Value);
        return rows.Select(r => new FolderItem(
            "document", r.Id, r.Name, r.UpdatedAt, r.ContentType, r.Length, r.CurrentVersionNumber,
            [.. tags[r.Id].Order(StringComparer.OrdinalIgnoreCase)],
            r.LockedBy is not null && (r.LockExpiresAt is null || r.LockExpiresAt > now)));
    }
}
