namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>Finds the cycle a new dependency would close, so that it can be refused with the cycle named.</summary>
public static class DependencyCycles
{
    /// <summary>
    /// The cycle <paramref name="candidate"/> would close, as task ids in link order starting and ending with its
    /// predecessor (A, B, A for B → A when A → B exists; A, A for a self-link); null when there is none. The shortest
    /// such cycle is returned. The link type plays no part: every type orders two tasks.
    /// </summary>
    public static IReadOnlyList<Guid>? FindCycle(IReadOnlyList<SchedulableLink> existing, SchedulableLink candidate)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(candidate);
        var from = candidate.PredecessorId;
        var to = candidate.SuccessorId;
        if (from == to)
        {
            return [from, from];
        }

        var successors = new Dictionary<Guid, List<Guid>>();
        foreach (var link in existing)
        {
            if (!successors.TryGetValue(link.PredecessorId, out var list))
            {
                successors[link.PredecessorId] = list = [];
            }

            list.Add(link.SuccessorId);
        }

        // Breadth-first from the candidate's successor: reaching its predecessor means the new link closes a cycle.
        var cameFrom = new Dictionary<Guid, Guid> { [to] = to };
        var queue = new Queue<Guid>();
        queue.Enqueue(to);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == from)
            {
                var path = new List<Guid>();
                for (var step = from; step != to; step = cameFrom[step])
                {
                    path.Add(step);
                }

                path.Add(to);
                path.Add(from);
                path.Reverse();
                return path;
            }

            if (!successors.TryGetValue(current, out var next))
            {
                continue;
            }

            foreach (var successor in next)
            {
                if (cameFrom.TryAdd(successor, current))
                {
                    queue.Enqueue(successor);
                }
            }
        }

        return null;
    }
}
