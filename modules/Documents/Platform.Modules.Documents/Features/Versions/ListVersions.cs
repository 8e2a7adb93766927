using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Versions;

internal static class ListVersions
{
    public static async Task<Results<Ok<List<VersionDto>>, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, IUserAccounts accounts, HttpResponse response, CancellationToken cancellationToken)
    {
        var (document, _) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.DocumentId == id)
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var names = await AuthorNamesAsync(versions, accounts, cancellationToken);
        Preconditions.SetETag(response, document.Version);
        return TypedResults.Ok(versions.Select(v => VersionDto.From(v, document, names)).ToList());
    }

    /// <summary>The display names of the versions' authors, each looked up once.</summary>
    public static async Task<Dictionary<Guid, string>> AuthorNamesAsync(IEnumerable<DocumentVersion> versions, IUserAccounts accounts, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var author in versions.Select(v => v.AuthorId).OfType<Guid>().Distinct())
        {
            if (await accounts.FindByIdAsync(author, cancellationToken) is { } account)
            {
                names[author] = account.DisplayName;
            }
        }

        return names;
    }
}
