using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>A document's check-out lock: who holds it, since when, until when.</summary>
public sealed record LockDto(Guid DocumentId, Guid LockedBy, string? LockedByName, DateTimeOffset LockedAt, DateTimeOffset ExpiresAt)
{
    internal static LockDto From(Document document, string? holderName) =>
        new(document.Id, document.LockedBy!.Value, holderName, document.LockedAt!.Value, document.LockExpiresAt!.Value);
}
