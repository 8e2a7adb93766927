using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>What narrows a search besides its words.</summary>
internal sealed record SearchFilters(Guid? FolderId, DocumentTypeFilter? Type, Guid? AuthorId, DateTimeOffset? ModifiedFrom, DateTimeOffset? ModifiedTo, string? Tag);

/// <summary>A document found by a search.</summary>
/// <param name="Id">The document.</param>
/// <param name="Name">Its name.</param>
/// <param name="FolderId">Its folder.</param>
/// <param name="Path">The folder's path from its space's root, e.g. "Company / Contracts / 2026".</param>
/// <param name="ContentType">The current version's media type.</param>
/// <param name="Length">The current version's size in bytes.</param>
/// <param name="VersionNumber">The current version's number.</param>
/// <param name="ModifiedAt">When the document last changed.</param>
/// <param name="AuthorId">Who created the document.</param>
/// <param name="NameMatched">Whether a searched word is in the name (such hits come first).</param>
/// <param name="Snippet">A passage of the content with the matched words in &lt;mark&gt; (HTML-escaped), or null.</param>
public sealed record SearchHitDto(Guid Id, string Name, Guid FolderId, string Path, string ContentType, long Length, int VersionNumber,
    DateTimeOffset ModifiedAt, Guid? AuthorId, bool NameMatched, string? Snippet);

/// <summary>
/// Runs a search: the full-text match joined with the documents the caller may read (readable live folders from
/// <see cref="DocumentAccess"/>, narrowed to a folder and those below it), the filters on the documents' live rows,
/// then ranking (name hits first, then the engine's rank) and paging, all in one statement; snippets for the page only.
/// Filters and access come from the rows, not the index, so a hit is never one the caller may not open even while an
/// event is still on its way to the indexer.
/// </summary>
internal sealed class DocumentSearch(DocumentsDbContext db, DocumentAccess access)
{
    /// <summary>The page of hits, or null when <see cref="SearchFilters.FolderId"/> names no folder the caller may read.</summary>
    public async Task<PagedResult<SearchHitDto>?> RunAsync(SearchQuery query, SearchFilters filters, PageRequest paging, CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        IEnumerable<Guid> readable = tree.ReadableFolderIds();
        if (filters.FolderId is { } within)
        {
            if (tree.LevelOn(within) < AccessLevel.Read)
            {
                return null;
            }

            readable = readable.Where(id => tree.IsWithin(id, within));
        }

        // One JSON array parameter whatever the number of folders (thousands would exceed parameter limits).
        var folderIds = readable.ToList();
        var documents = db.Documents.AsNoTracking().Where(d => d.DeletedAt == null && EF.Parameter(folderIds).Contains(d.FolderId));
        documents = Filter(documents, filters);

        var total = await (from match in FullTextMatches.For(db, query, ranked: false)
                           join document in documents on match.DocumentId equals document.Id
                           select match.EntryId).LongCountAsync(cancellationToken);
        var hits = from match in FullTextMatches.For(db, query)
                   join document in documents on match.DocumentId equals document.Id
                   select new { match, document };
        var page = await hits
            .OrderByDescending(h => h.match.NameHit).ThenBy(h => h.match.Rank).ThenByDescending(h => h.document.UpdatedAt).ThenBy(h => h.document.Id)
            .Skip((paging.EffectivePage - 1) * paging.EffectivePageSize)
            .Take(paging.EffectivePageSize)
            .Select(h => new
            {
                h.match.EntryId,
                h.match.NameHit,
                h.document.Id,
                h.document.Name,
                h.document.FolderId,
                h.document.ContentType,
                h.document.Length,
                h.document.CurrentVersionNumber,
                h.document.UpdatedAt,
                h.document.CreatedBy,
            })
            .ToListAsync(cancellationToken);

        var snippets = await FullTextMatches.SnippetsAsync(db, query, [.. page.Select(p => p.EntryId)], cancellationToken);
        var items = page.Select(p => new SearchHitDto(p.Id, p.Name, p.FolderId, PathOf(tree, p.FolderId), p.ContentType, p.Length, p.CurrentVersionNumber,
            p.UpdatedAt, p.CreatedBy, p.NameHit, snippets.GetValueOrDefault(p.EntryId))).ToList();
        return new PagedResult<SearchHitDto>(items, paging.EffectivePage, paging.EffectivePageSize, total);
    }

    private IQueryable<Document> Filter(IQueryable<Document> documents, SearchFilters filters)
    {
        if (filters.Type is { } type)
        {
            var mediaTypes = type.MediaTypes.ToList();
            documents = type.MediaTypePrefix is { } prefix
                ? documents.Where(d => d.ContentType.StartsWith(prefix))
                : documents.Where(d => mediaTypes.Contains(d.ContentType));
        }

        if (filters.AuthorId is { } author)
        {
            documents = documents.Where(d => d.CreatedBy == author);
        }

        if (filters.ModifiedFrom is { } from)
        {
            documents = documents.Where(d => d.UpdatedAt >= from);
        }

        if (filters.ModifiedTo is { } to)
        {
            documents = documents.Where(d => d.UpdatedAt <= to);
        }

        if (filters.Tag is { } tag)
        {
            // Tags are compared without regard to case; the live tag rows decide, so a tag edit counts at once.
            var key = tag.ToUpperInvariant();
            documents = documents.Where(d => db.Tags.Any(t => t.DocumentId == d.Id && t.Value.ToUpper() == key));
        }

        return documents;
    }

    private static string PathOf(FolderTree tree, Guid folderId) =>
        string.Join(" / ", tree.AncestorsOf(folderId).Select(f => f.Name).Append(tree.Find(folderId)?.Name ?? ""));
}
