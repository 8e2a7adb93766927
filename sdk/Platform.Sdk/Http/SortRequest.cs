namespace Platform.Sdk.Http;

/// <summary>One key of a <c>?sort=name,-createdAt</c> parameter.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Descending">True for a leading minus.</param>
public sealed record SortKey(string Field, bool Descending);

/// <summary>Parses <c>sort</c> parameters against the fields a list allows.</summary>
public static class SortRequest
{
    /// <summary>Parses <paramref name="sort"/>; unknown fields are reported as errors of the <c>sort</c> field.</summary>
    /// <param name="sort">The raw parameter, comma-separated, minus for descending.</param>
    /// <param name="allowed">Field names the list can sort by (case-insensitive).</param>
    /// <param name="errors">Collects errors.</param>
    public static IReadOnlyList<SortKey> Parse(string? sort, IReadOnlyCollection<string> allowed, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(errors);
        var keys = new List<SortKey>();
        if (string.IsNullOrWhiteSpace(sort))
        {
            return keys;
        }

        foreach (var part in sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = part.TrimStart('-', '+');
            var match = allowed.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add("sort", $"Cannot sort by '{name}'. Allowed: {string.Join(", ", allowed)}.");
                continue;
            }

            keys.Add(new SortKey(match, descending));
        }

        return keys;
    }
}
