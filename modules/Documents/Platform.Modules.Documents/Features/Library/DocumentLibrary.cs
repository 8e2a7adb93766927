using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Documents;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Library;

/// <summary>
/// The module's answer to other modules asking about documents (Projects' task attachments): each call reads in its
/// own scope with the folder rules applied to the reader passed in, not to whoever the ambient request belongs to,
/// so a module can never show a document to someone who could not open it here.
/// </summary>
internal sealed class DocumentLibrary(ILifetimeScope scope) : IDocumentLibrary
{
    /// <summary>At most this many documents per lookup; a task carries far fewer attachments.</summary>
    public const int MaxLookup = 500;

    public bool IsAvailable => true;

    public async Task<DocumentReference?> FindAsync(Guid documentId, ICurrentUser reader, CancellationToken cancellationToken) =>
        (await FindManyAsync([documentId], reader, cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<DocumentReference>> FindManyAsync(IReadOnlyCollection<Guid> documentIds, ICurrentUser reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(reader);
        if (documentIds.Count == 0 || !reader.HasPermission(DocumentPermissions.Read))
        {
            return [];
        }

        var ids = documentIds.Distinct().Take(MaxLookup).ToArray();
        await using var lookup = scope.BeginLifetimeScope();
        var db = lookup.Resolve<DocumentsDbContext>();
        var access = new DocumentAccess(db, reader, lookup.Resolve<IPeopleDirectory>(), lookup.Resolve<FolderTreeCache>());
        await access.LoadAsync(cancellationToken);
        var tree = await access.TreeAsync(cancellationToken);

        var documents = await db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.DeletedAt == null)
            .ToListAsync(cancellationToken);
        return [.. documents
            .Where(d => tree.LevelOn(d.FolderId) >= AccessLevel.Read)
            .OrderBy(d => Array.IndexOf(ids, d.Id))
            .Select(d => new DocumentReference(
                d.Id, d.Name, PathOf(tree, d.FolderId), d.ContentType, d.Length, d.CurrentVersionNumber, d.UpdatedAt,
                $"/api/documents/documents/{d.Id}/content"))];
    }

    private static string PathOf(FolderTree tree, Guid folderId) =>
        string.Join('/', tree.AncestorsOf(folderId).Select(f => f.Name).Append(tree.Find(folderId)?.Name ?? ""));
}
