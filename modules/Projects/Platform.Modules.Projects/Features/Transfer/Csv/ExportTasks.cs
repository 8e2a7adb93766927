using System.Data;
using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>
/// A project's tasks as a CSV or XLSX file in the import's columns, so a file can be edited and imported back: rows in
/// outline order, parent and predecessors as row numbers of the file, people by email (their user id when they have
/// none), department queues as department:{id}.
/// </summary>
internal static class ExportTasks
{
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, string? format, ProjectsDbContext db, ProjectAccess access, IUserAccounts accounts, CancellationToken cancellationToken)
    {
        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return new ValidationErrors().Add("format", "format must be csv or xlsx.").ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var set = await ProjectTaskSet.LoadAsync(db, project.Id, cancellationToken);
        var emails = await EmailsAsync(accounts, set.Tasks, cancellationToken);
        var milestones = set.Milestones.ToDictionary(m => m.Id, m => m.Name);
        var rows = set.Tasks.Select(t => Cells(t, set, emails, milestones)).ToList();
        var file = $"{project.Key}-tasks";
        return kind == "csv"
            ? TypedResults.Stream(stream => WriteCsvAsync(stream, rows, cancellationToken), "text/csv; charset=utf-8", $"{file}.csv")
            : TypedResults.Stream(stream => WriteXlsxAsync(stream, rows, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{file}.xlsx");
    }

    private static string?[] Cells(ProjectTask t, ProjectTaskSet set, Dictionary<Guid, string> emails, Dictionary<Guid, string> milestones)
    {
        var assignees = t.Assignees.OrderBy(a => a.Kind).ThenBy(a => a.PrincipalId).Select(a => a.Kind == AssigneeKind.Department
            ? $"{TaskColumns.DepartmentPrefix}{a.PrincipalId}"
            : emails.GetValueOrDefault(a.PrincipalId, a.PrincipalId.ToString()));
        var predecessors = set.Predecessors[t.Id].Select(d => new PredecessorRef(set.Rows[d.PredecessorId], d.Type, d.LagDays)).OrderBy(p => p.Row);
        return
        [
            t.Title, t.Description, t.Status, t.Priority.ToString(), string.Join(TaskColumns.ListSeparator, assignees), Date(t.StartDate), Date(t.DueDate),
            t.DurationDays?.ToString(CultureInfo.InvariantCulture), t.SchedulingMode.ToString(), Hours(t.EstimateHours),
            Hours(t.RemainingHours), t.Progress.ToString(CultureInfo.InvariantCulture),
            string.Join(TaskColumns.ListSeparator, t.Labels.Select(l => l.Label).Order(StringComparer.OrdinalIgnoreCase)),
            t.ParentId is { } parent && set.Rows.TryGetValue(parent, out var row) ? row.ToString(CultureInfo.InvariantCulture) : null,
            t.MilestoneId is { } m ? milestones.GetValueOrDefault(m) : null,
            PredecessorNotation.Format(predecessors),
        ];
    }

    /// <summary>The email of every person assigned, looked up once each; people without one are written by user id.</summary>
    private static async Task<Dictionary<Guid, string>> EmailsAsync(IUserAccounts accounts, IEnumerable<ProjectTask> tasks, CancellationToken cancellationToken)
    {
        var emails = new Dictionary<Guid, string>();
        foreach (var id in tasks.SelectMany(t => t.Assignees).Where(a => a.Kind == AssigneeKind.Person).Select(a => a.PrincipalId).Distinct())
        {
            if (await accounts.FindByIdAsync(id, cancellationToken) is { Email: { Length: > 0 } email })
            {
                emails[id] = email;
            }
        }

        return emails;
    }

    /// <summary>Hours as entered (16.5, not the 16.50 a decimal column may give back).</summary>
    private static string? Hours(decimal? hours) => hours?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task WriteCsvAsync(Stream stream, List<string?[]> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var column in TaskColumns.All)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }
    }

    private static async Task WriteXlsxAsync(Stream stream, List<string?[]> rows, CancellationToken cancellationToken)
    {
        using var sheet = new DataTable("Tasks");
        foreach (var column in TaskColumns.All)
        {
            sheet.Columns.Add(column, typeof(string));
        }

        foreach (var cells in rows)
        {
            sheet.Rows.Add(cells);
        }

        // The zip writer finishes with synchronous writes, which the response stream refuses; a temporary file takes them.
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await MiniExcel.SaveAsAsync(file, sheet, sheetName: "Tasks", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(stream, cancellationToken);
    }
}
