using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Comments;

internal static class ListComments
{
    /// <summary>A task's thread, oldest first (ids break ties within one instant), paged.</summary>
    public static async Task<Results<Ok<PagedResult<CommentDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, int? page, int? pageSize, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await access.Tasks(db).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Task", id);
        }

        var comments = await db.Comments.AsNoTracking().Where(c => c.TaskId == id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToPagedResultAsync(paging, c => c, cancellationToken);
        var reactions = await CommentReactionCounts.ForAsync(db, [.. comments.Items.Select(c => c.Id)], access.UserId, cancellationToken);
        var items = comments.Items.Select(c => CommentDto.From(c, reactions.GetValueOrDefault(c.Id) ?? [])).ToList();
        return TypedResults.Ok(new PagedResult<CommentDto>(items, comments.Page, comments.PageSize, comments.TotalCount));
    }

    public static async Task<Results<Ok<CommentDto>, ProblemHttpResult>> Get(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        var comment = await CommentScope.Visible(db, access).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return ApiProblems.NotFound("Comment", id);
        }

        Preconditions.SetETag(response, comment.Version);
        return TypedResults.Ok(await CommentReactionCounts.DtoAsync(db, comment, access.UserId, cancellationToken));
    }
}
