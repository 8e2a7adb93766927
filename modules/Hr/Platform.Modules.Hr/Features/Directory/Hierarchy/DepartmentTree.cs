using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Directory.Hierarchy;

/// <summary>The department tree as parent links, loaded once per request (departments are few, employees many).</summary>
internal sealed class DepartmentTree
{
    private readonly Dictionary<Guid, Guid?> _parents;
    private readonly ILookup<Guid, Guid> _children;

    public DepartmentTree(IEnumerable<(Guid Id, Guid? ParentId)> departments)
    {
        _parents = departments.ToDictionary(d => d.Id, d => d.ParentId);
        _children = _parents.Where(p => p.Value is not null).ToLookup(p => p.Value!.Value, p => p.Key);
    }

    public static async Task<DepartmentTree> LoadAsync(HrDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(cancellationToken);
        return new DepartmentTree(rows.Select(r => (r.Id, r.ParentId)));
    }

    public bool Contains(Guid id) => _parents.ContainsKey(id);

    public Guid? ParentOf(Guid id) => _parents.GetValueOrDefault(id);

    public IEnumerable<Guid> ChildrenOf(Guid id) => _children[id];

    public IEnumerable<Guid> Roots => _parents.Where(p => p.Value is null).Select(p => p.Key);

    /// <summary><paramref name="id"/> and every department below it (a broken tree never loops: each is visited once).</summary>
    public IReadOnlySet<Guid> SelfAndDescendants(Guid id)
    {
        var found = new HashSet<Guid> { id };
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in _children[current].Where(found.Add))
            {
                pending.Push(child);
            }
        }

        return found;
    }
}
