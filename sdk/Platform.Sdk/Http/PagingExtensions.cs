using Microsoft.EntityFrameworkCore;

namespace Platform.Sdk.Http;

/// <summary>Runs a list query one page at a time.</summary>
public static class PagingExtensions
{
    /// <summary>
    /// Counts the matching rows and reads the requested page of an already ordered <paramref name="query"/>,
    /// mapping each row with <paramref name="map"/>.
    /// </summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <typeparam name="TResult">The item type of the response.</typeparam>
    /// <param name="query">The filtered, ordered query (end the order with a unique key for stable pages).</param>
    /// <param name="paging">The validated page request.</param>
    /// <param name="map">Turns a row into a response item.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<PagedResult<TResult>> ToPagedResultAsync<T, TResult>(
        this IQueryable<T> query, PageRequest paging, Func<T, TResult> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paging);
        ArgumentNullException.ThrowIfNull(map);
        var total = await query.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query
            .Skip((paging.EffectivePage - 1) * paging.EffectivePageSize)
            .Take(paging.EffectivePageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedResult<TResult>(rows.Select(map).ToList(), paging.EffectivePage, paging.EffectivePageSize, total);
    }
}
