using Platform.Sdk.Security;

namespace Platform.Sdk.Documents;

/// <summary>
/// The organisation's documents, for modules that attach them to their own records (a task's attachments, say): a
/// capability contract the Documents module provides. The host's default knows no documents (<see cref="IsAvailable"/>
/// is false and lookups find nothing), so a module keeps working without Documents, offering plain links instead.
/// Every lookup answers only what <c>reader</c> may open: a document they may not read is reported as missing.
/// </summary>
public interface IDocumentLibrary
{
    /// <summary>Whether a module keeps documents; false with the host's default.</summary>
    bool IsAvailable { get; }

    /// <summary>The document <paramref name="documentId"/> as <paramref name="reader"/> may see it, or null when it does not exist, is in the recycle bin, or they may not read it.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="reader">The user (or client) asking.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<DocumentReference?> FindAsync(Guid documentId, ICurrentUser reader, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="documentIds"/> that exist and <paramref name="reader"/> may read.</summary>
    /// <param name="documentIds">The documents' ids.</param>
    /// <param name="reader">The user (or client) asking.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<DocumentReference>> FindManyAsync(IReadOnlyCollection<Guid> documentIds, ICurrentUser reader, CancellationToken cancellationToken);
}

/// <summary>A document as another module shows it.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Path">Where it lives: its space and folders, e.g. "Company/Policies".</param>
/// <param name="ContentType">Its media type, e.g. "application/pdf".</param>
/// <param name="Length">The length of its current version, in bytes.</param>
/// <param name="VersionNumber">The number of its current version (1 for the first upload).</param>
/// <param name="UpdatedAt">When its current version was added.</param>
/// <param name="ContentUrl">The API path that downloads its current version, e.g. "/api/documents/documents/{id}/content".</param>
public sealed record DocumentReference(Guid Id, string Name, string Path, string ContentType, long Length, int VersionNumber, DateTimeOffset UpdatedAt, string ContentUrl);
