using System.Linq.Expressions;

namespace Platform.Sdk.Http;

/// <summary>
/// The fields a list can be sorted by, each mapped to the entity property it orders on. Parses
/// <c>?sort=name,-createdAt</c> and applies it to a query, always ending with a tie-breaker so that
/// paging is stable.
/// </summary>
/// <typeparam name="T">The entity type of the list.</typeparam>
public sealed class SortFields<T>
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Field names in the order they were added.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Adds a sortable field.</summary>
    /// <typeparam name="TKey">The property type.</typeparam>
    /// <param name="name">The name clients use in <c>sort</c>.</param>
    /// <param name="key">The property to order by.</param>
    public SortFields<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _names.Add(name);
        _keys[name] = key;
        return this;
    }

    /// <summary>Parses the <c>sort</c> parameter; unknown fields become errors of the <c>sort</c> field.</summary>
    /// <param name="sort">The raw parameter.</param>
    /// <param name="errors">Collects errors.</param>
    public IReadOnlyList<SortKey> Parse(string? sort, ValidationErrors errors) => SortRequest.Parse(sort, _names, errors);

    /// <summary>Orders <paramref name="query"/> by <paramref name="keys"/>, then by <paramref name="tieBreaker"/> ascending.</summary>
    /// <param name="query">The query to order.</param>
    /// <param name="keys">Parsed sort keys.</param>
    /// <param name="tieBreaker">A field with unique values (e.g. the id or number).</param>
    public IQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<SortKey> keys, string tieBreaker) =>
        Apply(query, keys, new SortKey(tieBreaker, false));

    /// <summary>
    /// Orders <paramref name="query"/> by <paramref name="keys"/>, then by <paramref name="tieBreaker"/> in its own
    /// direction. A tie-breaker that runs the same way as the key lets the database walk an index on (key, tie-breaker)
    /// in one direction for a descending sort too, instead of sorting what it read.
    /// </summary>
    /// <param name="query">The query to order.</param>
    /// <param name="keys">Parsed sort keys.</param>
    /// <param name="tieBreaker">A field with unique values (e.g. the id or number), and its direction.</param>
    public IQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<SortKey> keys, SortKey tieBreaker)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(tieBreaker);
        var first = true;
        foreach (var key in keys.Append(tieBreaker))
        {
            var lambda = _keys[key.Field];
            var method = (first, key.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(typeof(Queryable), method, [typeof(T), lambda.ReturnType], query.Expression, Expression.Quote(lambda));
            query = query.Provider.CreateQuery<T>(call);
            first = false;
        }

        return query;
    }
}
