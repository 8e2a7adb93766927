using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// The filters of a folder listing. <c>type</c> is <c>folder</c>, <c>document</c>, a media type
/// (<c>application/pdf</c>) or a family (<c>image/*</c>); <c>tag</c> keeps documents with that tag (ignoring case).
/// A filter on documents' type or tags leaves folders out, since folders have neither.
/// </summary>
internal sealed record ChildrenFilter(bool IncludesFolders, bool IncludesDocuments, string? MediaType, string? MediaFamily, string? Tag)
{
    public static ChildrenFilter Parse(string? type, string? tag, ValidationErrors errors)
    {
        var wantedTag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().ToLowerInvariant();
        errors.Require(wantedTag is null || wantedTag.Length <= Document.TagMaxLength, "tag", $"A tag has at most {Document.TagMaxLength} characters.");
        var wanted = type?.Trim().ToLowerInvariant();
        switch (wanted)
        {
            case null or "":
                return new ChildrenFilter(wantedTag is null, true, null, null, wantedTag);
            case "folder":
                errors.Require(wantedTag is null, "tag", "Folders have no tags: type=folder and tag do not combine.");
                return new ChildrenFilter(true, false, null, null, null);
            case "document":
                return new ChildrenFilter(false, true, null, null, wantedTag);
        }

        var slash = wanted.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == wanted.Length - 1 || wanted.Length > 200)
        {
            errors.Add("type", "type is 'folder', 'document', a media type such as application/pdf, or a family such as image/*.");
            return new ChildrenFilter(false, true, null, null, wantedTag);
        }

        return wanted.EndsWith("/*", StringComparison.Ordinal)
            ? new ChildrenFilter(false, true, null, wanted[..(slash + 1)], wantedTag)
            : new ChildrenFilter(false, true, wanted, null, wantedTag);
    }

    public IQueryable<Document> Apply(IQueryable<Document> documents, DocumentsDbContext db)
    {
        if (MediaType is { } exact)
        {
            documents = documents.Where(d => d.ContentType == exact);
        }

        if (MediaFamily is { } family)
        {
            documents = documents.Where(d => d.ContentType.StartsWith(family));
        }

        if (Tag is { } tag)
        {
            documents = documents.Where(d => db.Tags.Any(t => t.DocumentId == d.Id && t.Value.ToLower() == tag));
        }

        return documents;
    }
}
