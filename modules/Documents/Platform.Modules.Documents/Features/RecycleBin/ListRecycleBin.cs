using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>The caller's view of the recycle bin (see <see cref="RecycleBinView"/>), newest deletion first, paged.</summary>
internal static class ListRecycleBin
{
    public static async Task<Results<Ok<PagedResult<RecycleBinEntry>>, ValidationProblem>> Handle(
        int? page, int? pageSize, RecycleBinView view, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entries = await view.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RecycleBinEntry>(
            [.. entries.Skip((paging.EffectivePage - 1) * paging.EffectivePageSize).Take(paging.EffectivePageSize)],
            paging.EffectivePage,
            paging.EffectivePageSize,
            entries.Count));
    }
}
