using Platform.Host.Kernel.Modules;

namespace Platform.Host.Kernel.Plugins;

/// <summary>
/// Checks every dependency (present, in range, not faulted, no cycle) and orders modules so that each
/// comes after everything it depends on. Problems fault the module and, transitively, its dependents.
/// </summary>
internal static class DependencyResolver
{
    public static List<ModuleRuntime> Order(IReadOnlyList<ModuleRuntime> modules)
    {
        var byId = modules.Where(m => m.Manifest is not null).GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());

        foreach (var module in modules.Where(m => m.State == ModuleState.Pending))
        {
            foreach (var dependency in module.Manifest!.Dependencies)
            {
                if (!byId.TryGetValue(dependency.Id, out var target))
                {
                    module.Fault("dependencies", $"requires '{dependency.Id}' {dependency.RangeText}, which is not installed");
                }
                else if (!dependency.Range.Contains(target.Manifest!.Version))
                {
                    module.Fault("dependencies", $"requires '{dependency.Id}' {dependency.RangeText}, but version {target.Manifest.Version} is installed");
                }
            }
        }

        FaultCycles(modules.Where(m => m.Manifest is not null).ToList(), byId);

        var ordered = new List<ModuleRuntime>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules.Where(m => m.Manifest is not null).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module, byId, visited, ordered);
        }

        PropagateFaults(ordered, byId);
        return ordered;
    }

    /// <summary>Faults every module whose dependency is not healthy, in dependency order so it cascades.</summary>
    public static void PropagateFaults(IReadOnlyList<ModuleRuntime> ordered, IReadOnlyDictionary<string, ModuleRuntime> byId)
    {
        foreach (var module in ordered.Where(m => m.IsHealthy))
        {
            var broken = module.Manifest!.Dependencies
                .Select(d => byId.GetValueOrDefault(d.Id))
                .FirstOrDefault(d => d is not null && !d.IsHealthy);
            if (broken is not null)
            {
                module.Fault("dependencies", $"dependency '{broken.Id}' is {broken.State}: {broken.Reason}");
            }
        }
    }

    private static void Visit(ModuleRuntime module, Dictionary<string, ModuleRuntime> byId, HashSet<string> visited, List<ModuleRuntime> ordered)
    {
        if (!visited.Add(module.Id))
        {
            return;
        }

        foreach (var dependency in module.Manifest!.Dependencies.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            if (byId.TryGetValue(dependency.Id, out var target))
            {
                Visit(target, byId, visited, ordered);
            }
        }

        ordered.Add(module);
    }

    private static void FaultCycles(List<ModuleRuntime> modules, Dictionary<string, ModuleRuntime> byId)
    {
        // Depth-first search with an explicit path: a back edge closes a cycle, which is reported in full.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();

        void Walk(ModuleRuntime module)
        {
            state[module.Id] = 1;
            path.Add(module.Id);
            foreach (var dependency in module.Manifest!.Dependencies)
            {
                if (!byId.TryGetValue(dependency.Id, out var target))
                {
                    continue;
                }

                if (state.GetValueOrDefault(target.Id) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(target.Id)).Append(target.Id).ToList();
                    foreach (var member in cycle.Distinct())
                    {
                        byId[member].Fault("dependencies", "dependency cycle: " + string.Join(" -> ", cycle));
                    }
                }
                else if (!state.ContainsKey(target.Id))
                {
                    Walk(target);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[module.Id] = 2;
        }

        foreach (var module in modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(module.Id))
            {
                Walk(module);
            }
        }
    }
}
