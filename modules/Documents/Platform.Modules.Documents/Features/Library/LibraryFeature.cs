using Platform.Sdk.Documents;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Library;

/// <summary>The SDK's document library for other modules (Projects' task attachments): lookups that answer only what the reader may open.</summary>
internal static class LibraryFeature
{
    public static void Configure(ModuleBuilder module) =>
        module.ProvideCapability<IDocumentLibrary, DocumentLibrary>();
}
