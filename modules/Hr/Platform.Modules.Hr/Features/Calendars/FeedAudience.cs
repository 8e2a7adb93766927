using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Calendars;

/// <summary>Whose leave a feed shows, and whether a caller may see all of it (needed to create or rotate the feed).</summary>
internal static class FeedAudience
{
    /// <summary>The employees in the feed now: the employee, everyone below the manager, or the department's members (sub-departments included).</summary>
    public static async Task<IReadOnlyCollection<Guid>> MembersAsync(HrDbContext db, CalendarFeedScope scope, Guid subjectId, CancellationToken cancellationToken)
    {
        switch (scope)
        {
            case CalendarFeedScope.Employee:
                return [subjectId];
            case CalendarFeedScope.Team:
                return await HrAccess.ReportsOfAsync(db, subjectId, cancellationToken);
            default:
                var all = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(cancellationToken);
                var children = all.Where(d => d.ParentId != null).ToLookup(d => d.ParentId!.Value, d => d.Id);
                var departments = new List<Guid> { subjectId };
                for (var i = 0; i < departments.Count; i++)
                {
                    departments.AddRange(children[departments[i]].Where(id => !departments.Contains(id)));
                }

                return await db.Employees.AsNoTracking()
                    .Where(e => e.DepartmentId != null && departments.Contains(e.DepartmentId.Value))
                    .Select(e => e.Id)
                    .ToListAsync(cancellationToken);
        }
    }

    /// <summary>Whether the subject exists.</summary>
    public static async Task<bool> SubjectExistsAsync(HrDbContext db, CalendarFeedScope scope, Guid subjectId, CancellationToken cancellationToken) =>
        scope == CalendarFeedScope.Department
            ? await db.Departments.AnyAsync(d => d.Id == subjectId, cancellationToken)
            : await db.Employees.AnyAsync(e => e.Id == subjectId, cancellationToken);

    /// <summary>
    /// Whether the caller may see the leave of everyone in the feed: HR always; otherwise the employee must be in the
    /// caller's leave scope (themselves or their reports), and a team or department must be non-empty with every
    /// member in it.
    /// </summary>
    public static async Task<bool> CallerMaySeeAsync(HrDbContext db, LeaveAccess access, CalendarFeedScope scope, Guid subjectId, CancellationToken cancellationToken)
    {
        var visible = await access.ScopeAsync(cancellationToken);
        if (visible.All)
        {
            return true;
        }

        var members = await MembersAsync(db, scope, subjectId, cancellationToken);
        return (scope == CalendarFeedScope.Employee || members.Count > 0) && members.All(visible.Includes);
    }
}
