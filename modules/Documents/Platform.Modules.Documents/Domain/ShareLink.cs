using Platform.Sdk.Persistence;

namespace Platform.Modules.Documents.Domain;

/// <summary>
/// A link that lets anyone holding it download a document (or a folder as a zip) without signing in. Only the SHA-256
/// of its token is stored; the token is shown once, when the link is made.
/// </summary>
public sealed class ShareLink : IVersioned
{
    public Guid Id { get; set; }

    /// <summary>The shared document, or null when a folder is shared.</summary>
    public Guid? DocumentId { get; set; }

    /// <summary>The shared folder, or null when a document is shared.</summary>
    public Guid? FolderId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>A password hash (PBKDF2, with its salt and parameters) when the link needs a password.</summary>
    public string? PasswordHash { get; set; }

    public int? MaxDownloads { get; set; }

    public int DownloadCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Wrong passwords given since <see cref="PasswordFailuresSince"/> (the brute-force limit counts them per link).</summary>
    public int PasswordFailures { get; set; }

    /// <summary>When the current window of wrong passwords began; null when none was given.</summary>
    public DateTimeOffset? PasswordFailuresSince { get; set; }

    public long Version { get; set; }
}
