namespace Platform.Modules.Projects.Features.Transfer;

/// <summary>
/// Finds a cycle in the links of an imported file (predecessor links, or parent references), so that the file is
/// refused naming the loop before anything is written. Imported tasks are all new, so a cycle can only run through
/// the file's own rows.
/// </summary>
internal static class GraphCycle
{
    /// <summary>One cycle as the path of nodes that closes it (first node repeated at the end), or null when there is none.</summary>
    public static IReadOnlyList<T>? Find<T>(IEnumerable<T> nodes, Func<T, IEnumerable<T>> next)
        where T : notnull
    {
        // Iterative depth-first search with three colours: a grey node met again closes a cycle.
        var state = new Dictionary<T, bool>(); // false: on the current path, true: done
        foreach (var start in nodes)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<T> { start };
            var stack = new Stack<IEnumerator<T>>();
            state[start] = false;
            stack.Push(next(start).GetEnumerator());
            while (stack.Count > 0)
            {
                var edges = stack.Peek();
                if (!edges.MoveNext())
                {
                    edges.Dispose();
                    stack.Pop();
                    state[path[^1]] = true;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var target = edges.Current;
                if (!state.TryGetValue(target, out var done))
                {
                    state[target] = false;
                    path.Add(target);
                    stack.Push(next(target).GetEnumerator());
                }
                else if (!done)
                {
                    return [.. path.Skip(path.IndexOf(target)), target];
                }
            }
        }

        return null;
    }
}
