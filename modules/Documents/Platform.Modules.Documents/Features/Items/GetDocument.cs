using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

internal static class GetDocument
{
    public static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        await db.Entry(document).Collection(d => d.Tags).LoadAsync(cancellationToken);
        await db.Entry(document).Collection(d => d.Metadata).LoadAsync(cancellationToken);
        Preconditions.SetETag(response, document.Version);
        return TypedResults.Ok(DocumentDto.From(document, level, time.GetUtcNow()));
    }
}
