namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Tasks, hierarchy and links as arrays of indices with one topological order, so that the passes are plain loops.
/// A leaf task is one node. A summary task is two nodes: its in-node collects the links that point at it and hands
/// their bounds down to its children; its out-node rolls its children's dates up and is where its outgoing links start
/// (MS Project's semantics: a link to a summary constrains all its descendants, a link from one uses its rolled-up dates).
/// Links to unknown tasks and self-links are ignored; a parent cycle is cut; a link cycle (data that predates the
/// cycle check) is broken by ignoring the links that close it, so the passes always terminate.
/// </summary>
internal sealed class ScheduleGraph
{
    public const int None = -1;

    private ScheduleGraph(int taskCount, int linkCount)
    {
        Parent = new int[taskCount];
        OutNode = new int[taskCount];
        LinkPredecessor = new int[linkCount];
        LinkSuccessor = new int[linkCount];
        LinkType = new DependencyType[linkCount];
        LinkLag = new int[linkCount];
        LinkIgnored = new bool[linkCount];
    }

    public int TaskCount => Parent.Length;

    /// <summary>Task index of each task's parent, or <see cref="None"/>.</summary>
    public int[] Parent { get; }

    /// <summary>The node where a task's outgoing links start: the task's own index for leaves, a second node for summaries.</summary>
    public int[] OutNode { get; }

    public int NodeCount { get; private set; }

    public int[] LinkPredecessor { get; }

    public int[] LinkSuccessor { get; }

    public DependencyType[] LinkType { get; }

    public int[] LinkLag { get; }

    /// <summary>Links left out because they closed a cycle.</summary>
    public bool[] LinkIgnored { get; }

    /// <summary>Children of task i: ChildList[ChildStart[i] .. ChildStart[i + 1]).</summary>
    public int[] ChildStart { get; private set; } = [];

    public int[] ChildList { get; private set; } = [];

    /// <summary>Links into task i: IncomingList[IncomingStart[i] .. IncomingStart[i + 1]).</summary>
    public int[] IncomingStart { get; private set; } = [];

    public int[] IncomingList { get; private set; } = [];

    /// <summary>Links out of task i: OutgoingList[OutgoingStart[i] .. OutgoingStart[i + 1]).</summary>
    public int[] OutgoingStart { get; private set; } = [];

    public int[] OutgoingList { get; private set; } = [];

    /// <summary>Every node once, each after all nodes it depends on.</summary>
    public int[] Order { get; private set; } = [];

    public bool IsSummary(int task) => ChildStart[task + 1] > ChildStart[task];

    /// <summary>The task a node belongs to (a summary's out-node maps back to the summary).</summary>
    public int TaskOfNode(int node) => node < TaskCount ? node : _outNodeTask[node - TaskCount];

    /// <summary>Whether a node is a summary's out-node (rollup) rather than a task's in-node.</summary>
    public static bool IsOutNodeOfSummary(int node, int taskCount) => node >= taskCount;

    private int[] _outNodeTask = [];

    public static ScheduleGraph Build(IReadOnlyList<SchedulableTask> tasks, IReadOnlyList<SchedulableLink> links, Dictionary<Guid, int> indexOf)
    {
        var usable = new List<(int Predecessor, int Successor, SchedulableLink Link)>(links.Count);
        foreach (var link in links)
        {
            if (indexOf.TryGetValue(link.PredecessorId, out var p) && indexOf.TryGetValue(link.SuccessorId, out var s) && p != s)
            {
                usable.Add((p, s, link));
            }
        }

        var graph = new ScheduleGraph(tasks.Count, usable.Count);
        for (var i = 0; i < usable.Count; i++)
        {
            graph.LinkPredecessor[i] = usable[i].Predecessor;
            graph.LinkSuccessor[i] = usable[i].Successor;
            graph.LinkType[i] = usable[i].Link.Type;
            graph.LinkLag[i] = usable[i].Link.LagDays;
        }

        graph.SetParents(tasks, indexOf);
        graph.IndexChildrenAndLinks();
        graph.SortTopologically();
        return graph;
    }

    private void SetParents(IReadOnlyList<SchedulableTask> tasks, Dictionary<Guid, int> indexOf)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            Parent[i] = tasks[i].ParentId is { } parentId && indexOf.TryGetValue(parentId, out var p) && p != i ? p : None;
        }

        // Cut parent cycles: walk up from each task, marking the walk; meeting the walk itself again closes a cycle.
        var state = new int[Parent.Length]; // 0 unvisited, walk id + 1 while on a walk, -1 done
        for (var i = 0; i < Parent.Length; i++)
        {
            var current = i;
            while (current != None && state[current] == 0)
            {
                state[current] = i + 1;
                if (Parent[current] != None && state[Parent[current]] == i + 1)
                {
                    Parent[current] = None;
                }

                current = Parent[current];
            }

            for (current = i; current != None && state[current] == i + 1; current = Parent[current])
            {
                state[current] = -1;
            }
        }
    }

    private void IndexChildrenAndLinks()
    {
        var n = TaskCount;
        (ChildStart, ChildList) = Bucket(n, Parent.Length, i => Parent[i], i => i);
        (IncomingStart, IncomingList) = Bucket(n, LinkSuccessor.Length, l => LinkSuccessor[l], l => l);
        (OutgoingStart, OutgoingList) = Bucket(n, LinkPredecessor.Length, l => LinkPredecessor[l], l => l);

        var outNodeTask = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (IsSummary(i))
            {
                OutNode[i] = n + outNodeTask.Count;
                outNodeTask.Add(i);
            }
            else
            {
                OutNode[i] = i;
            }
        }

        _outNodeTask = [.. outNodeTask];
        NodeCount = n + outNodeTask.Count;
    }

    /// <summary>Groups items by a key in 0..keys-1 (counting sort): the CSR layout the passes walk.</summary>
    private static (int[] Start, int[] List) Bucket(int keys, int items, Func<int, int> keyOf, Func<int, int> valueOf)
    {
        var start = new int[keys + 1];
        for (var i = 0; i < items; i++)
        {
            var key = keyOf(i);
            if (key != None)
            {
                start[key + 1]++;
            }
        }

        for (var k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var list = new int[start[keys]];
        var fill = (int[])start.Clone();
        for (var i = 0; i < items; i++)
        {
            var key = keyOf(i);
            if (key != None)
            {
                list[fill[key]++] = valueOf(i);
            }
        }

        return (start, list);
    }

    /// <summary>
    /// Kahn's algorithm over the node edges: link (predecessor's out-node → successor's in-node), parent in-node → child
    /// in-node, child out-node → parent out-node. When it stalls, the remaining nodes hold a link cycle (the hierarchy
    /// alone is a forest): the links into one remaining node from other remaining nodes are ignored and it goes on.
    /// </summary>
    private void SortTopologically()
    {
        var n = TaskCount;
        var inDegree = new int[NodeCount];
        for (var l = 0; l < LinkSuccessor.Length; l++)
        {
            inDegree[LinkSuccessor[l]]++;
        }

        for (var i = 0; i < n; i++)
        {
            if (Parent[i] != None)
            {
                inDegree[i]++;
                inDegree[OutNode[Parent[i]]]++;
            }
        }

        var order = new int[NodeCount];
        var head = 0;
        var tail = 0;
        for (var node = 0; node < NodeCount; node++)
        {
            if (inDegree[node] == 0)
            {
                order[tail++] = node;
            }
        }

        var scan = 0;
        while (true)
        {
            while (head < tail)
            {
                Release(order[head++], inDegree, order, ref tail);
            }

            if (tail == NodeCount)
            {
                break;
            }

            // Stalled: find a task in-node still waiting on a link from a node that has not been placed.
            var placed = new bool[NodeCount];
            for (var k = 0; k < tail; k++)
            {
                placed[order[k]] = true;
            }

            for (var tries = 0; placed[scan] || !HasPendingLink(scan, placed); tries++)
            {
                if (tries > n)
                {
                    throw new InvalidOperationException("The schedule graph has a cycle that no link closes.");
                }

                scan = (scan + 1) % n;
            }

            for (var k = IncomingStart[scan]; k < IncomingStart[scan + 1]; k++)
            {
                var link = IncomingList[k];
                if (!LinkIgnored[link] && !placed[OutNode[LinkPredecessor[link]]])
                {
                    LinkIgnored[link] = true;
                    inDegree[scan]--;
                }
            }

            if (inDegree[scan] == 0)
            {
                order[tail++] = scan;
            }
        }

        Order = order;
    }

    private bool HasPendingLink(int task, bool[] placed)
    {
        for (var k = IncomingStart[task]; k < IncomingStart[task + 1]; k++)
        {
            var link = IncomingList[k];
            if (!LinkIgnored[link] && !placed[OutNode[LinkPredecessor[link]]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lowers the in-degree of every node that waits on <paramref name="node"/>, queueing those that are ready.</summary>
    private void Release(int node, int[] inDegree, int[] order, ref int tail)
    {
        var task = TaskOfNode(node);
        if (node == OutNode[task])
        {
            for (var k = OutgoingStart[task]; k < OutgoingStart[task + 1]; k++)
            {
                var link = OutgoingList[k];
                if (!LinkIgnored[link] && --inDegree[LinkSuccessor[link]] == 0)
                {
                    order[tail++] = LinkSuccessor[link];
                }
            }

            if (Parent[task] != None && --inDegree[OutNode[Parent[task]]] == 0)
            {
                order[tail++] = OutNode[Parent[task]];
            }
        }

        if (node == task)
        {
            for (var k = ChildStart[task]; k < ChildStart[task + 1]; k++)
            {
                if (--inDegree[ChildList[k]] == 0)
                {
                    order[tail++] = ChildList[k];
                }
            }
        }
    }
}
