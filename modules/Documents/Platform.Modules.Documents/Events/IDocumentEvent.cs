using Platform.Sdk.Events;

namespace Platform.Modules.Documents.Events;

/// <summary>An event about a document or folder, for the search indexer and other modules' handlers.</summary>
public interface IDocumentEvent : IIntegrationEvent
{
    /// <summary>The document concerned, or null when the event is about a folder.</summary>
    Guid? DocumentId { get; }

    /// <summary>The folder concerned (the document's folder, for a document).</summary>
    Guid FolderId { get; }
}
