using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Features.Search;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>The body of <c>PATCH /documents/{id}</c>: each field left out (null) stays as it is.</summary>
/// <param name="Name">A new name (a rename).</param>
/// <param name="Tags">The complete new set of tags.</param>
/// <param name="Metadata">The complete new set of metadata fields.</param>
public sealed record UpdateDocumentRequest(string? Name = null, IReadOnlyList<string?>? Tags = null, IReadOnlyDictionary<string, string?>? Metadata = null);

/// <summary>
/// Renames a document and replaces its tags and metadata (write access to its folder; If-Match). Everything is
/// validated before anything changes. A rename while someone else holds the check-out lock is a 423; it publishes
/// documents.moved.v1 (a rename is a move within the folder).
/// </summary>
internal static class UpdateDocument
{
    public static async Task<Results<Ok<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateDocumentRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement, DocumentWriter writer,
        DocumentDetailsReader details, SearchIndexer index, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await DocumentToChange.FindAsync(id, access, http, cancellationToken);
        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        var document = change.Document!;

        var errors = new ValidationErrors();
        var tags = request.Tags is null ? null : DocumentLabels.NormalizeTags(request.Tags, errors);
        var metadata = request.Metadata is null ? null : DocumentLabels.NormalizeMetadata(request.Metadata, errors);
        if (request.Name is not null && !ItemName.TryNormalize(request.Name, out _, out var nameError))
        {
            errors.Add("name", nameError);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var oldName = document.Name;
        string? newName = null;
        if (request.Name is not null)
        {
            var target = await placement.CheckAsync(document.FolderId, request.Name, document.Name, document.Id, "name", cancellationToken);
            if (target.Invalid is { } invalid)
            {
                return invalid;
            }

            if (target.Refused is { } refused)
            {
                return refused;
            }

            newName = target.Name != oldName ? target.Name : null;
            if (newName is not null && await writer.CheckLockAsync(document, cancellationToken) is { } locked)
            {
                return locked;
            }
        }

        await db.Entry(document).Collection(d => d.Tags).LoadAsync(cancellationToken);
        await db.Entry(document).Collection(d => d.Metadata).LoadAsync(cancellationToken);
        var changed = newName is not null;
        changed |= tags is not null && ReplaceTags(document, tags);
        changed |= metadata is not null && ReplaceMetadata(document, metadata);
        if (changed)
        {
            if (newName is not null)
            {
                document.Name = newName;
                document.NameKey = ItemName.KeyOf(newName);
                db.PublishEvent(new DocumentMoved(document.Id, document.FolderId, null, document.FolderId, oldName, newName));
            }

            document.UpdatedAt = time.GetUtcNow();
            document.UpdatedBy = access.UserId;
            // Tags and metadata are searchable; their edits publish no event, so the index entry changes in this save.
            await index.RefreshLabelsAsync(document, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await details.ReadAsync(document, change.Level, http.Response, cancellationToken));
    }

    // Keeps the rows that stay, so an unchanged tag is not deleted and inserted again.
    private static bool ReplaceTags(Document document, List<string> tags)
    {
        var removed = document.Tags.Where(t => !tags.Contains(t.Value, StringComparer.Ordinal)).ToList();
        var added = tags.Where(t => !document.Tags.Any(e => e.Value == t)).ToList();
        removed.ForEach(t => document.Tags.Remove(t));
        document.Tags.AddRange(added.Select(t => new DocumentTag { DocumentId = document.Id, Value = t }));
        return removed.Count + added.Count > 0;
    }

    private static bool ReplaceMetadata(Document document, Dictionary<string, string> metadata)
    {
        var changed = false;
        foreach (var entry in document.Metadata.ToList())
        {
            // A key whose spelling changed is replaced: the old row goes, the new one comes.
            if (!metadata.TryGetValue(entry.Key, out var value) || !metadata.Keys.Contains(entry.Key, StringComparer.Ordinal))
            {
                document.Metadata.Remove(entry);
                changed = true;
            }
            else if (entry.Value != value)
            {
                entry.Value = value;
                changed = true;
            }
        }

        foreach (var (key, value) in metadata.Where(m => !document.Metadata.Any(e => e.Key == m.Key)))
        {
            document.Metadata.Add(new DocumentMetadataEntry { DocumentId = document.Id, Key = key, Value = value });
            changed = true;
        }

        return changed;
    }
}
