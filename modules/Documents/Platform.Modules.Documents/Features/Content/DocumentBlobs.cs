using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Content;

/// <summary>The module's container in the platform's blob storage: every version's content, by SHA-256.</summary>
internal sealed class DocumentBlobs(IBlobContainer container)
{
    public IBlobContainer Container { get; } = container;
}
