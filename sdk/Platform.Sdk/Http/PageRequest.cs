namespace Platform.Sdk.Http;

/// <summary>
/// Paging query parameters (<c>?page=2&amp;pageSize=50</c>). Bind with <c>[AsParameters]</c>;
/// <see cref="Validate"/> reports out-of-range values as field errors.
/// </summary>
public sealed record PageRequest
{
    /// <summary>The largest page size any list serves.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>1-based page number.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary>The effective page number.</summary>
    public int EffectivePage => Page ?? 1;

    /// <summary>The effective page size.</summary>
    public int EffectivePageSize => PageSize ?? DefaultPageSize;

    /// <summary>Adds field errors for out-of-range values.</summary>
    /// <param name="errors">Collects the errors.</param>
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Page is < 1)
        {
            errors.Add("page", "page must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }
    }
}

/// <summary>One page of a list, with the total count of matching items.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="TotalCount">How many items match in all.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
