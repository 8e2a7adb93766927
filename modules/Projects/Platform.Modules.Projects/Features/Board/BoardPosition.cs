namespace Platform.Modules.Projects.Features.Board;

/// <summary>
/// Where a card goes in a column. Orders are doubles so that a move rewrites only the moved card: it takes the midpoint
/// of its new neighbours. Repeated moves into the same gap halve it each time; once the midpoint is no longer strictly
/// between its neighbours (about fifty halvings), the column is renumbered in steps of <see cref="Step"/>.
/// </summary>
internal static class BoardPosition
{
    /// <summary>The gap between cards of a freshly numbered column, and after the last card.</summary>
    public const double Step = 1024;

    /// <summary>The order of a card placed between <paramref name="before"/> and <paramref name="after"/> (null: column edge), or null when no double fits between them.</summary>
    public static double? Between(double? before, double? after)
    {
        var order = (before, after) switch
        {
            (null, null) => Step,
            ({ } b, null) => b + Step,
            (null, { } a) => a - Step,
            ({ } b, { } a) => b + ((a - b) / 2),
        };
        var fits = (before is null || order > before) && (after is null || order < after) && double.IsFinite(order);
        return fits ? order : null;
    }

    /// <summary>Fresh orders for a column's cards in their current order: Step, 2·Step, 3·Step …</summary>
    public static IEnumerable<double> Renumbered(int count) => Enumerable.Range(1, count).Select(i => i * Step);
}
