using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Features.Access;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>A document's details (see <see cref="DocumentDetails"/>) with its ETag; 404 when the caller may not read it.</summary>
internal static class GetDocument
{
    public static async Task<Results<Ok<DocumentDetails>, ProblemHttpResult>> Handle(
        Guid id, DocumentAccess access, DocumentDetailsReader details, HttpResponse response, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        return document is null
            ? ApiProblems.NotFound("Document", id)
            : TypedResults.Ok(await details.ReadAsync(document, level, response, cancellationToken));
    }
}
