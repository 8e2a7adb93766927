using Platform.Sdk.Events;

namespace Platform.Modules.Documents.Events;

[IntegrationEvent("documents.document-uploaded.v1", Description = "A new document was uploaded (its first version).")]
public sealed record DocumentUploaded(Guid DocumentId, Guid FolderId, Guid SpaceId, string Name, string ContentType, long Length, string Hash, Guid VersionId, Guid? AuthorId) : IDocumentEvent
{
    Guid? IDocumentEvent.DocumentId => DocumentId;
}

[IntegrationEvent("documents.version-added.v1", Description = "A new version of a document was uploaded or an old one restored.")]
public sealed record DocumentVersionAdded(Guid DocumentId, Guid FolderId, string Name, int VersionNumber, Guid VersionId, string ContentType, long Length, string Hash, int? RestoredFrom, string? Comment, Guid? AuthorId) : IDocumentEvent
{
    Guid? IDocumentEvent.DocumentId => DocumentId;
}

[IntegrationEvent("documents.moved.v1", Description = "A document or folder was moved to another folder or renamed.")]
public sealed record DocumentMoved(Guid? DocumentId, Guid FolderId, Guid? MovedFolderId, Guid FromFolderId, string OldName, string NewName) : IDocumentEvent;

[IntegrationEvent("documents.shared.v1", Description = "A document or folder was shared: an access entry or a share link was added.")]
public sealed record DocumentShared(Guid? DocumentId, Guid FolderId, string SharedWith, string Level, DateTimeOffset? ExpiresAt) : IDocumentEvent;

[IntegrationEvent("documents.locked.v1", Description = "A document was checked out: only the lock holder may upload until it is released or expires.")]
public sealed record DocumentLocked(Guid DocumentId, Guid FolderId, string Name, Guid LockedBy, DateTimeOffset ExpiresAt) : IDocumentEvent
{
    Guid? IDocumentEvent.DocumentId => DocumentId;
}

[IntegrationEvent("documents.unlocked.v1", Description = "A document's check-out lock was released, expired or overridden.")]
public sealed record DocumentUnlocked(Guid DocumentId, Guid FolderId, string Name, Guid PreviousHolder, bool Overridden) : IDocumentEvent
{
    Guid? IDocumentEvent.DocumentId => DocumentId;
}

[IntegrationEvent("documents.deleted.v1", Description = "A document or folder went to the recycle bin, or was purged from it.")]
public sealed record DocumentDeleted(Guid? DocumentId, Guid FolderId, Guid? DeletedFolderId, string Name, bool Purged) : IDocumentEvent;

[IntegrationEvent("documents.restored.v1", Description = "A document or folder came back from the recycle bin.")]
public sealed record DocumentRestored(Guid? DocumentId, Guid FolderId, Guid? RestoredFolderId, string Name) : IDocumentEvent;
