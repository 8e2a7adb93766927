using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Features.Transfer.Import;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>
/// The CSV import of tasks into a project: all or nothing. Every row is checked first (its cells, then what it
/// points at: statuses, assignees, milestones, parent and predecessor rows, cycles); any problem answers 400 with all
/// of them and nothing is written. Imported tasks are added after the project's existing ones; a dry run answers what
/// would be created.
/// </summary>
internal static class ImportTasks
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] MediaTypes = ["text/csv", "application/csv", "text/plain"];

    public static async Task<Results<Ok<TaskImportResult>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, bool? dryRun, HttpRequest request, ProjectsDbContext db, ProjectAccess access, IUserAccounts accounts, IPeopleDirectory people,
        ProjectCalendars calendars, TaskPlanSync planSync, TimeProvider time, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var (content, fileError) = await ImportFile.ReadAsync(request, MaxBytes, MediaTypes, cancellationToken);
        if (content is null)
        {
            return ImportProblems.File(fileError!);
        }

        var (rows, errors) = TaskCsvReader.Read(content);
        if (errors.Any(e => e.Row == 0))
        {
            // Without the columns, nothing below can be read.
            return ImportProblems.Rows(errors);
        }

        var plan = await TaskImportPlan.CreateAsync(db, accounts, people, project.Id, rows, new Dictionary<string, DateOnly>(), errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ImportProblems.Rows(errors);
        }

        var calendar = await calendars.LoadAsync(project, cancellationToken);
        var boardOrder = await BoardOrder.LastAsync(db, project.Id, cancellationToken);
        var result = TaskImportWriter.Apply(db, project, plan, calendar, boardOrder, access.UserId, time.GetUtcNow(), dryRun ?? false, []);
        if (!result.DryRun)
        {
            // Imported links and durations are a plan like any other: successors follow their predecessors in the
            // project's calendar, and milestones are evaluated, in the same save as the import.
            await planSync.AfterChangeAsync(db, project.Id, reschedule: true, cancellationToken, calendar);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(result);
    }
}
