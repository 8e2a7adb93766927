using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>Imported tasks go to the bottom of their board column: after the highest board order of each status.</summary>
internal static class BoardOrder
{
    public static async Task<Dictionary<string, double>> LastAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var columns = await db.Tasks.AsNoTracking()
            .Where(t => t.ProjectId == projectId)
            .GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Last = g.Max(t => t.BoardOrder) })
            .ToListAsync(cancellationToken);
        return columns.ToDictionary(c => c.Status, c => c.Last, StringComparer.Ordinal);
    }
}
