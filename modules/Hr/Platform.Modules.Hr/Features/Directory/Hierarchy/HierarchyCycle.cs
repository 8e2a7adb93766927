namespace Platform.Modules.Hr.Features.Directory.Hierarchy;

/// <summary>
/// Cycle detection for the two trees of the directory: employees under their managers and departments under their
/// parents. Both are "each node points at one parent" structures, so one rule serves both.
/// </summary>
internal static class HierarchyCycle
{
    /// <summary>
    /// The cycle that pointing <paramref name="node"/> at <paramref name="newParent"/> would close, as the chain of
    /// ids starting and ending with <paramref name="node"/> (e.g. A, B, A); null when there is none.
    /// </summary>
    /// <param name="node">The node being changed.</param>
    /// <param name="newParent">Its proposed parent (manager or parent department).</param>
    /// <param name="parentOf">The current parent of any other node (null for roots and unknown ids).</param>
    public static IReadOnlyList<Guid>? Find(Guid node, Guid? newParent, Func<Guid, Guid?> parentOf)
    {
        var chain = new List<Guid> { node };
        var seen = new HashSet<Guid> { node };
        var current = newParent;
        while (current is { } id)
        {
            chain.Add(id);
            if (id == node)
            {
                return chain;
            }

            if (!seen.Add(id))
            {
                // An older cycle above that does not pass through this node: not this change's fault.
                return null;
            }

            current = parentOf(id);
        }

        return null;
    }
}
