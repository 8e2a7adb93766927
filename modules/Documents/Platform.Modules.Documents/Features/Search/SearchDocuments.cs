using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>GET /search: full-text search over the documents the caller may open.</summary>
internal static class SearchDocuments
{
    public static async Task<Results<Ok<SearchResultsDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string? q, Guid? folderId, string? type, Guid? authorId, DateTimeOffset? modifiedFrom, DateTimeOffset? modifiedTo, string? tag,
        int? page, int? pageSize, DocumentSearch search, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (!SearchQuery.TryParse(q, out var query, out var queryError))
        {
            errors.Add("q", queryError);
        }

        DocumentTypeFilter? typeFilter = null;
        if (type is not null && !DocumentTypeFilter.TryParse(type, out typeFilter))
        {
            errors.Add("type", $"type must be {DocumentTypeFilter.Allowed}.");
        }

        if (modifiedFrom is { } from && modifiedTo is { } to && from > to)
        {
            errors.Add("modifiedTo", "modifiedTo must not be before modifiedFrom.");
        }

        if (tag is not null && (string.IsNullOrWhiteSpace(tag) || tag.Length > Domain.Document.TagMaxLength))
        {
            errors.Add("tag", $"tag must be 1 to {Domain.Document.TagMaxLength} characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var filters = new SearchFilters(folderId, typeFilter, authorId, modifiedFrom, modifiedTo, tag?.Trim());
        var result = await search.RunAsync(query, filters, paging, cancellationToken);
        return result is null ? ApiProblems.NotFound("Folder", folderId!.Value) : TypedResults.Ok(result);
    }
}
