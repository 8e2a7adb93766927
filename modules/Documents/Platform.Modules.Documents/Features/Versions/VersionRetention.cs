using System.Globalization;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>A version as retention sees it: its number and when it was added.</summary>
/// <param name="Number">The version's number.</param>
/// <param name="CreatedAt">When it was added.</param>
internal readonly record struct VersionStamp(int Number, DateTimeOffset CreatedAt);

/// <summary>
/// Which versions of a document retention removes. Two rules, both optional (<see cref="DocumentsOptions.KeepVersions"/>,
/// <see cref="DocumentsOptions.ThinVersionsAfterDays"/>): thinning first — versions older than the age are kept one per
/// day (the day's last), and older than four times the age one per month (the month's last), so the history stays
/// fine-grained where people still compare and coarse where they only look back; then a cap on how many remain (the
/// newest). The current version is never removed, whatever the rules say.
/// </summary>
internal sealed class VersionRetention(int? keepVersions, int? thinAfterDays)
{
    /// <summary>At most this many versions per document (null: no cap).</summary>
    public int? KeepVersions => keepVersions;

    /// <summary>The age in days past which versions are thinned (null: no thinning).</summary>
    public int? ThinVersionsAfterDays => thinAfterDays;

    /// <summary>Whether either rule is set; without one, nothing is ever removed.</summary>
    public bool IsActive => keepVersions is > 0 || thinAfterDays is > 0;

    /// <summary>The numbers of the versions to remove, in ascending order.</summary>
    /// <param name="versions">Every version the document has.</param>
    /// <param name="currentNumber">The current version's number (kept).</param>
    /// <param name="now">The time the rules are applied at.</param>
    public IReadOnlyList<int> ToRemove(IReadOnlyCollection<VersionStamp> versions, int currentNumber, DateTimeOffset now)
    {
        if (!IsActive || versions.Count <= 1)
        {
            return [];
        }

        var survivors = thinAfterDays is > 0 and var days
            ? versions.GroupBy(v => BucketOf(v, now, days)).Select(bucket => bucket.MaxBy(v => v.Number)).ToList()
            : versions.ToList();

        if (keepVersions is > 0 and var keep)
        {
            survivors = survivors.OrderByDescending(v => v.Number).Take(keep).ToList();
        }

        var kept = survivors.Select(v => v.Number).Append(currentNumber).ToHashSet();
        return versions.Select(v => v.Number).Where(n => !kept.Contains(n)).Order().ToList();
    }

    // Versions that share a bucket are thinned to the last of them; young versions each have their own.
    private static string BucketOf(VersionStamp version, DateTimeOffset now, int days)
    {
        var age = now - version.CreatedAt;
        var at = version.CreatedAt.UtcDateTime;
        if (age > TimeSpan.FromDays(4.0 * days))
        {
            return "month:" + at.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        return age > TimeSpan.FromDays(days)
            ? "day:" + at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "version:" + version.Number.ToString(CultureInfo.InvariantCulture);
    }
}
