using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>Reads and replaces employees' skills, keeping each employee's search text in step.</summary>
internal static class EmployeeSkills
{
    public static async Task<List<string>> OfAsync(HrDbContext db, Guid employeeId, CancellationToken cancellationToken) =>
        await db.EmployeeSkills.AsNoTracking().Where(s => s.EmployeeId == employeeId).Select(s => s.Skill).OrderBy(s => s).ToListAsync(cancellationToken);

    public static async Task<ILookup<Guid, string>> OfAsync(HrDbContext db, IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken)
    {
        var ids = employeeIds.ToList();
        var rows = await db.EmployeeSkills.AsNoTracking().Where(s => ids.Contains(s.EmployeeId)).ToListAsync(cancellationToken);
        return rows.OrderBy(s => s.Skill, StringComparer.OrdinalIgnoreCase).ToLookup(s => s.EmployeeId, s => s.Skill);
    }

    /// <summary>
    /// Makes the stored skills (<paramref name="current"/>, untracked) become <paramref name="wanted"/>; adds "skills"
    /// to <paramref name="changed"/> when they differ. Returns the resulting list.
    /// </summary>
    public static List<string> Replace(HrDbContext db, Guid employeeId, IReadOnlyList<string> current, IEnumerable<string> wanted, List<string> changed)
    {
        var next = EmployeeRules.NormaliseSkills(wanted);
        if (current.ToHashSet(StringComparer.Ordinal).SetEquals(next))
        {
            return EmployeeRules.NormaliseSkills(current);
        }

        // A change of spelling ("c#" to "C#") is a removal and an addition: the skill text is part of the key.
        db.EmployeeSkills.RemoveRange(current.Except(next, StringComparer.Ordinal).Select(s => new EmployeeSkill { EmployeeId = employeeId, Skill = s }));
        db.EmployeeSkills.AddRange(next.Except(current, StringComparer.Ordinal).Select(s => new EmployeeSkill { EmployeeId = employeeId, Skill = s }));
        changed.Add("skills");
        return next;
    }
}
