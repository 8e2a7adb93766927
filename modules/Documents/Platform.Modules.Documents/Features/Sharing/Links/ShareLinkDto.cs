using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>Whether a share link works now, and if not, why.</summary>
public enum ShareLinkStatus
{
    Active,
    Expired,
    Exhausted,
    Revoked,
}

/// <summary>A share link as listed: never its token (only its hash is stored).</summary>
public sealed record ShareLinkDto(
    Guid Id, Guid? DocumentId, Guid? FolderId, DateTimeOffset? ExpiresAt, bool HasPassword, int? MaxDownloads, int DownloadCount,
    ShareLinkStatus Status, DateTimeOffset CreatedAt, Guid? CreatedBy, DateTimeOffset? RevokedAt, long Version)
{
    public static ShareLinkDto From(ShareLink link, DateTimeOffset now) => new(
        link.Id, link.DocumentId, link.FolderId, link.ExpiresAt, link.PasswordHash is not null, link.MaxDownloads, link.DownloadCount,
        StatusOf(link, now), link.CreatedAt, link.CreatedBy, link.RevokedAt, link.Version);

    public static ShareLinkStatus StatusOf(ShareLink link, DateTimeOffset now) =>
        link.RevokedAt is not null ? ShareLinkStatus.Revoked
        : link.ExpiresAt <= now ? ShareLinkStatus.Expired
        : link.DownloadCount >= link.MaxDownloads ? ShareLinkStatus.Exhausted
        : ShareLinkStatus.Active;
}

/// <summary>A new link with its secret token and URL: shown this once, store it now.</summary>
public sealed record ShareLinkSecret(ShareLinkDto Link, string Token, string Url);

/// <summary>
/// A new share link: <c>expiresAt</c> (a future time; none: until revoked), <c>password</c> (8-200 characters, sent by
/// visitors in the X-Share-Password header), <c>maxDownloads</c> (1 or more; none: unlimited).
/// </summary>
public sealed record CreateShareLinkRequest(DateTimeOffset? ExpiresAt = null, string? Password = null, int? MaxDownloads = null);
