using Platform.Modules.Documents.Events;
using Platform.Sdk.Events;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// Keeps the search index in step with the module's own events: a document's event re-indexes that document; a
/// folder's (moved or renamed, deleted, restored) re-indexes every document below it, since their paths or liveness
/// changed. Re-indexing reads the current rows, so the order and repetition of deliveries do not matter. The host
/// saves the staged entries together with the event's inbox record.
/// </summary>
internal sealed class SearchIndexHandler<TEvent>(SearchIndexer indexer) : IIntegrationEventHandler<TEvent>
    where TEvent : IDocumentEvent
{
    public async Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (integrationEvent.DocumentId is { } documentId)
        {
            await indexer.StageAsync(documentId, cancellationToken);
            return;
        }

        Guid? folderId = integrationEvent switch
        {
            DocumentMoved moved => moved.MovedFolderId,
            DocumentDeleted deleted => deleted.DeletedFolderId,
            DocumentRestored restored => restored.RestoredFolderId,
            _ => null,
        };
        foreach (var id in await indexer.DocumentsWithinAsync(folderId ?? integrationEvent.FolderId, cancellationToken))
        {
            await indexer.StageAsync(id, cancellationToken);
        }
    }
}
