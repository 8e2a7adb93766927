using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>Two versions of a document compared: by default the current one with the one before it.</summary>
internal static class CompareVersions
{
    public static async Task<Results<Ok<VersionComparisonDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, int? from, int? to, DocumentsDbContext db, DocumentAccess access, IUserAccounts accounts, VersionTextComparer comparer,
        CancellationToken cancellationToken)
    {
        var (document, _) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        var versions = db.Versions.AsNoTracking().Where(v => v.DocumentId == id);
        var newer = await versions.FirstOrDefaultAsync(v => v.Number == (to ?? document.CurrentVersionNumber), cancellationToken);
        if (newer is null)
        {
            return ApiProblems.NotFound("Version", to ?? document.CurrentVersionNumber);
        }

        var older = from is { } number
            ? await versions.FirstOrDefaultAsync(v => v.Number == number, cancellationToken)
            : await versions.Where(v => v.Number < newer.Number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (older is null)
        {
            return from is null
                ? TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["from"] = [$"Version {newer.Number} is the oldest version kept: name a version to compare it with."] })
                : ApiProblems.NotFound("Version", from);
        }

        var names = await ListVersions.AuthorNamesAsync([older, newer], accounts, cancellationToken);
        var text = await comparer.CompareAsync(older, newer, cancellationToken);
        return TypedResults.Ok(new VersionComparisonDto(
            document.Id,
            VersionDto.From(older, document, names),
            VersionDto.From(newer, document, names),
            older.Hash == newer.Hash,
            newer.Length - older.Length,
            text));
    }
}
