using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Search.Extraction;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>Full-text search over names, metadata and extracted text, permission-aware; asynchronous indexing from events; rebuild.</summary>
internal static class SearchFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static SearchRebuild? _rebuild;

    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<TextExtractor>().SingleInstance();
        module.Services.RegisterType<SearchIndexer>().InstancePerLifetimeScope();
        module.Services.RegisterType<DocumentSearch>().InstancePerLifetimeScope();
        module.Services.RegisterType<SearchRebuild>().SingleInstance();
        module.Events
            .Handle<DocumentUploaded, SearchIndexHandler<DocumentUploaded>>()
            .Handle<DocumentVersionAdded, SearchIndexHandler<DocumentVersionAdded>>()
            .Handle<DocumentMoved, SearchIndexHandler<DocumentMoved>>()
            .Handle<DocumentDeleted, SearchIndexHandler<DocumentDeleted>>()
            .Handle<DocumentRestored, SearchIndexHandler<DocumentRestored>>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", SearchDocuments.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithTags("Search")
            .WithSummary("Search documents")
            .WithDescription("Full-text search over the names, tags, metadata, folder paths and contents (PDF, Word, Excel, PowerPoint, text, Markdown) of the documents the caller may open. "
                + "q: words that must all match; \"quoted words\" match as a phrase; -word excludes; the last word also matches words it begins. "
                + "Hits whose name holds a searched word come first, then by relevance. Filters: folderId (that folder and those below), type (pdf, word, spreadsheet, presentation, text, image, or a media type), "
                + "authorId (who created the document), modifiedFrom/modifiedTo, tag. Each hit carries a snippet of the content with the matched words in <mark> (HTML-escaped). "
                + "Paged (page, pageSize). Name hits (every searched term in the name) come first, then the other hits by relevance, then the newest. The newest matches are ranked (500 by content and 100 by name by default, the setting SearchRankedMatches); totalCount counts the hits, and totalCountIsExact is false when the words match more documents than that (add words or a filter to narrow; such hits come newest first). New and changed documents are indexed in the background, normally within seconds. A malformed query (an unclosed quote, no word) is a 400.");

        api.MapPost("/search/rebuild", SearchIndexStatus.Rebuild)
            .RequirePermission(DocumentPermissions.Manage)
            .WithTags("Search")
            .WithSummary("Rebuild the search index")
            .WithDescription("Re-indexes every document in the background (names, tags, metadata, paths, and the text extracted again from every current version) and answers 202 with the status; "
                + "follow the progress at GET /search/status. A rebuild already running is not started twice. Searching keeps working meanwhile.");

        api.MapGet("/search/status", SearchIndexStatus.Get)
            .RequirePermission(DocumentPermissions.Manage)
            .WithTags("Search")
            .WithSummary("Search index status")
            .WithDescription("How many documents are in use, how many entries the index holds, how many documents wait for the indexer (pending), and the progress of the last or running rebuild.");
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _rebuild = services.GetRequiredService<ILifetimeScope>().Resolve<SearchRebuild>();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_rebuild is { } rebuild)
        {
            _rebuild = null;
            await rebuild.StopAsync();
        }
    }
}
