using Platform.Sdk.Documents;
using Platform.Sdk.Security;

namespace Platform.Host.Kernel.Modules;

/// <summary>The host's document library when no module keeps documents: it knows none, so modules offer plain links instead.</summary>
internal sealed class NoDocumentLibrary : IDocumentLibrary
{
    public bool IsAvailable => false;

    public Task<DocumentReference?> FindAsync(Guid documentId, ICurrentUser reader, CancellationToken cancellationToken) =>
        Task.FromResult<DocumentReference?>(null);

    public Task<IReadOnlyList<DocumentReference>> FindManyAsync(IReadOnlyCollection<Guid> documentIds, ICurrentUser reader, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentReference>>([]);
}
