namespace Platform.Modules.Hr.Features.Directory.OrgChart;

/// <summary>A person as the org chart shows them.</summary>
public sealed record ChartPerson(Guid Id, string DisplayName, string? JobTitle);

/// <summary>
/// A department in the org chart: its head, the employees directly in it and in its whole subtree, and its
/// sub-departments down to the requested depth (<see cref="SubDepartmentCount"/> tells what lies below a cut).
/// </summary>
public sealed record DepartmentChartNode(
    Guid Id, string Name, string? Code, ChartPerson? Head, int DirectHeadCount, int TotalHeadCount, int SubDepartmentCount, IReadOnlyList<DepartmentChartNode> Children);

/// <summary>An employee in the reporting-line chart: their direct and total reports, and the reports down to the requested depth.</summary>
public sealed record EmployeeChartNode(
    Guid Id, string DisplayName, string? JobTitle, Guid? DepartmentId, int DirectReports, int TotalReports, IReadOnlyList<EmployeeChartNode> Reports);

internal sealed record ChartDepartment(Guid Id, string Name, string? Code, Guid? ParentId, Guid? HeadId);

internal sealed record ChartEmployee(Guid Id, string DisplayName, string? JobTitle, Guid? DepartmentId, Guid? ManagerId);

/// <summary>
/// Builds org charts from the departments and the current (not left) employees, loaded once. Counts always cover the
/// whole subtree; the depth only limits how many levels are spelled out. A broken tree never loops: every node is
/// counted once.
/// </summary>
internal sealed class OrgChart
{
    private readonly Dictionary<Guid, ChartDepartment> _departments;
    private readonly ILookup<Guid?, ChartDepartment> _subDepartments;
    private readonly Dictionary<Guid, ChartEmployee> _employees;
    private readonly ILookup<Guid?, ChartEmployee> _byDepartment;
    private readonly ILookup<Guid?, ChartEmployee> _byManager;

    public OrgChart(IEnumerable<ChartDepartment> departments, IEnumerable<ChartEmployee> employees)
    {
        _departments = departments.ToDictionary(d => d.Id);
        _subDepartments = _departments.Values.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Id).ToLookup(d => d.ParentId);
        _employees = employees.ToDictionary(e => e.Id);
        var ordered = _employees.Values.OrderBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id).ToList();
        _byDepartment = ordered.ToLookup(e => e.DepartmentId);
        _byManager = ordered.ToLookup(e => e.ManagerId);
    }

    public bool HasDepartment(Guid id) => _departments.ContainsKey(id);

    public bool HasEmployee(Guid id) => _employees.ContainsKey(id);

    /// <summary>The top-level departments with their subtrees.</summary>
    public IReadOnlyList<DepartmentChartNode> Roots(int depth) =>
        [.. _subDepartments[null].Select(d => Department(d.Id, depth))];

    public DepartmentChartNode Department(Guid id, int depth) => Department(id, depth, []);

    public EmployeeChartNode Employee(Guid id, int depth) => Employee(id, depth, []);

    private DepartmentChartNode Department(Guid id, int depth, HashSet<Guid> path)
    {
        var department = _departments[id];
        path.Add(id);
        var subDepartments = _subDepartments[id].Where(d => !path.Contains(d.Id)).ToList();
        var children = depth > 0 ? subDepartments.Select(d => Department(d.Id, depth - 1, path)).ToList() : [];
        path.Remove(id);
        var head = department.HeadId is { } headId && _employees.TryGetValue(headId, out var h) ? new ChartPerson(h.Id, h.DisplayName, h.JobTitle) : null;
        return new DepartmentChartNode(department.Id, department.Name, department.Code, head, _byDepartment[id].Count(),
            TotalHeadCount(id), subDepartments.Count, children);
    }

    private int TotalHeadCount(Guid departmentId)
    {
        var seen = new HashSet<Guid> { departmentId };
        var pending = new Stack<Guid>([departmentId]);
        var total = 0;
        while (pending.TryPop(out var current))
        {
            total += _byDepartment[current].Count();
            foreach (var child in _subDepartments[current].Where(d => seen.Add(d.Id)))
            {
                pending.Push(child.Id);
            }
        }

        return total;
    }

    private EmployeeChartNode Employee(Guid id, int depth, HashSet<Guid> path)
    {
        var employee = _employees[id];
        path.Add(id);
        var direct = _byManager[id].Where(e => !path.Contains(e.Id)).ToList();
        var reports = depth > 0 ? direct.Select(e => Employee(e.Id, depth - 1, path)).ToList() : [];
        path.Remove(id);
        return new EmployeeChartNode(employee.Id, employee.DisplayName, employee.JobTitle, employee.DepartmentId, direct.Count, TotalReports(id), reports);
    }

    private int TotalReports(Guid managerId)
    {
        var seen = new HashSet<Guid> { managerId };
        var pending = new Stack<Guid>([managerId]);
        while (pending.TryPop(out var current))
        {
            foreach (var report in _byManager[current].Where(e => seen.Add(e.Id)))
            {
                pending.Push(report.Id);
            }
        }

        return seen.Count - 1;
    }
}
