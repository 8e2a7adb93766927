using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// <c>POST /documents/{id}/share-links</c> and <c>POST /folders/{id}/share-links</c>: a link anyone holding it can open
/// without signing in. Making one needs manage level on the folder (or documents.manage), like changing access entries:
/// a link opens the item to people outside every access entry, so it is a decision about access, not an edit.
/// </summary>
internal static class CreateShareLink
{
    public const int MaxDownloadsLimit = 1_000_000;

    public static async Task<Results<Created<ShareLinkSecret>, ValidationProblem, ProblemHttpResult>> ForDocument(
        Guid id, CreateShareLinkRequest? request, DocumentAccess access, DocumentsDbContext db, ICurrentUser caller, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        return level < AccessLevel.Manage
            ? DocumentProblems.CannotManage()
            : await CreateAsync(document.Id, document.FolderId, request, db, caller, time, httpRequest, response, cancellationToken);
    }

    public static async Task<Results<Created<ShareLinkSecret>, ValidationProblem, ProblemHttpResult>> ForFolder(
        Guid id, CreateShareLinkRequest? request, DocumentAccess access, DocumentsDbContext db, ICurrentUser caller, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (folder, level) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        return level < AccessLevel.Manage
            ? DocumentProblems.CannotManage()
            : await CreateAsync(null, folder.Id, request, db, caller, time, httpRequest, response, cancellationToken);
    }

    private static async Task<Results<Created<ShareLinkSecret>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid? documentId, Guid folderId, CreateShareLinkRequest? request, DocumentsDbContext db, ICurrentUser caller, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        request ??= new CreateShareLinkRequest();
        var errors = new ValidationErrors()
            .Require(request.ExpiresAt is null || request.ExpiresAt > now, "expiresAt", "expiresAt must be in the future.")
            .Require(request.Password is null || request.Password.Length is >= ShareLinkPasswords.MinLength and <= ShareLinkPasswords.MaxLength,
                "password", $"password must be {ShareLinkPasswords.MinLength}-{ShareLinkPasswords.MaxLength} characters.")
            .Require(request.MaxDownloads is null or (>= 1 and <= MaxDownloadsLimit), "maxDownloads", $"maxDownloads must be between 1 and {MaxDownloadsLimit}.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var token = ShareLinkTokens.Generate();
        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(now),
            DocumentId = documentId,
            FolderId = documentId is null ? folderId : null,
            TokenHash = ShareLinkTokens.Hash(token),
            ExpiresAt = request.ExpiresAt?.ToUniversalTime(),
            PasswordHash = request.Password is { } password ? ShareLinkPasswords.Hash(password) : null,
            MaxDownloads = request.MaxDownloads,
            CreatedAt = now,
            CreatedBy = caller.UserId,
        };
        db.ShareLinks.Add(link);
        db.PublishEvent(new DocumentShared(documentId, folderId, "link", nameof(AccessLevel.Read), link.ExpiresAt));
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, link.Version);
        var url = $"{httpRequest.Scheme}://{httpRequest.Host}{httpRequest.PathBase}/api/documents/shared/{token}";
        return TypedResults.Created($"/api/documents/share-links/{link.Id}", new ShareLinkSecret(ShareLinkDto.From(link, now), token, url));
    }
}
