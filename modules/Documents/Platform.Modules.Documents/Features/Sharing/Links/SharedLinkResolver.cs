using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>A share link a visitor may use now, with what it opens.</summary>
internal sealed record OpenedLink(ShareLink Link, Document? Document, SharedFolderScope? Folder);

/// <summary>
/// Turns the token of a visitor's request into the link and what it shares, or the answer that stops them:
/// 404 for an unknown or revoked token and for an item in the recycle bin (the same answer, so guessing learns nothing;
/// the link works again once the item is restored), 410 Gone past its expiry or once its downloads are used up,
/// 401 without the right password (header <c>X-Share-Password</c>), and 429 after too many wrong passwords within the
/// window (<see cref="DocumentsOptions.ShareLinkPasswordAttempts"/> per <see cref="DocumentsOptions.ShareLinkPasswordWindowMinutes"/>).
/// Nobody signs in here: the token is the credential, so the link, not a caller, decides what is visible.
/// </summary>
internal sealed class SharedLinkResolver(DocumentsDbContext db, FolderTreeCache trees, DocumentsOptions options, TimeProvider time)
{
    public const string PasswordHeader = "X-Share-Password";
    private const int MaxTokenLength = 100;

    public async Task<(OpenedLink? Opened, ProblemHttpResult? Problem)> OpenAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        // Links carry secrets in their URL: no referrer leaves the page, no cache keeps the answer, no robot indexes it.
        request.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        request.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (token.Length is 0 or > MaxTokenLength)
        {
            return (null, NotFound());
        }

        var hash = ShareLinkTokens.Hash(token);
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || link.RevokedAt is not null)
        {
            return (null, NotFound());
        }

        var snapshot = await trees.GetAsync(db, cancellationToken);
        var tree = new FolderTree(snapshot.Folders, [], managesAll: true);
        Document? document = null;
        SharedFolderScope? scope = null;
        if (link.DocumentId is { } documentId)
        {
            document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.DeletedAt == null, cancellationToken);
            if (document is null || !tree.IsLive(document.FolderId))
            {
                return (null, NotFound());
            }
        }
        else
        {
            var withdrawing = snapshot.Grants.Where(g => g.Level == AccessLevel.None).Select(g => g.FolderId).ToHashSet();
            scope = new SharedFolderScope(tree, link.FolderId!.Value, withdrawing);
            if (!scope.Includes(scope.SharedFolderId))
            {
                return (null, NotFound());
            }
        }

        var now = time.GetUtcNow();
        if (link.ExpiresAt <= now)
        {
            return (null, Gone("This link has expired.", $"It worked until {link.ExpiresAt:u}. Ask whoever shared it for a new one."));
        }

        if (link.DownloadCount >= link.MaxDownloads)
        {
            return (null, Gone("This link has been used up.", $"It allowed {link.MaxDownloads} downloads. Ask whoever shared it for a new one."));
        }

        if (link.PasswordHash is { } passwordHash && await CheckPasswordAsync(link, passwordHash, request, now, cancellationToken) is { } refused)
        {
            return (null, refused);
        }

        return (new OpenedLink(link, document, scope), null);
    }

    private async Task<ProblemHttpResult?> CheckPasswordAsync(ShareLink link, string passwordHash, HttpRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromMinutes(options.ShareLinkPasswordWindowMinutes);
        var windowStart = now - window;
        if (link.PasswordFailuresSince is { } since && since > windowStart && link.PasswordFailures >= options.ShareLinkPasswordAttempts)
        {
            var retryAfter = (int)Math.Ceiling((since + window - now).TotalSeconds);
            request.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many wrong passwords for this link.",
                detail: $"Try again after {since + window:u}.");
        }

        var given = request.Headers[PasswordHeader].ToString();
        if (given.Length == 0)
        {
            return PasswordProblem("This link needs a password.", $"Send it in the {PasswordHeader} header.");
        }

        if (ShareLinkPasswords.Verify(passwordHash, given))
        {
            return null;
        }

        // One statement, so concurrent wrong guesses are all counted: a new window starts once the old one is over.
        await db.ShareLinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.PasswordFailures, l => l.PasswordFailuresSince == null || l.PasswordFailuresSince <= windowStart ? 1 : l.PasswordFailures + 1)
            .SetProperty(l => l.PasswordFailuresSince, l => l.PasswordFailuresSince == null || l.PasswordFailuresSince <= windowStart ? now : l.PasswordFailuresSince),
            cancellationToken);
        return PasswordProblem("The password is wrong.", $"Send the link's password in the {PasswordHeader} header.");
    }

    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Shared item not found.", detail: "The link was revoked, what it shared was deleted, or it never existed.");

    private static ProblemHttpResult Gone(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: title, detail: detail);

    private static ProblemHttpResult PasswordProblem(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized, title: title, detail: detail,
        extensions: new Dictionary<string, object?> { ["passwordRequired"] = true });
}
