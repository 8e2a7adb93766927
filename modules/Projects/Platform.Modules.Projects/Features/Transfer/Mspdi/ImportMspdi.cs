using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Features.Transfer.Csv;
using Platform.Modules.Projects.Features.Transfer.Import;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// The MS Project XML import into an existing project, empty or not: the file's tasks are appended after the
/// project's own (numbered on), with their hierarchy, milestones and links. The file's calendar (working weekdays and
/// days off) is taken only when the project has no days off of its own and the caller manages the project; otherwise
/// it is reported as left out. All or nothing: any problem answers 400 naming the task by UID, nothing is written.
/// </summary>
internal static class ImportMspdi
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly string[] MediaTypes = ["application/xml", "text/xml", "application/vnd.ms-project"];

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

        var (file, readErrors, warnings) = MspdiReader.Read(content);
        if (file is null)
        {
            return ImportProblems.Fields(readErrors.Select(e => (e.Field, e.Message)));
        }

        var mapped = MspdiImportMapping.Map(file, warnings);
        var rowErrors = new List<ImportRowError>();
        var plan = await TaskImportPlan.CreateAsync(db, accounts, people, project.Id, mapped.Rows, mapped.MilestoneDates, rowErrors, cancellationToken);
        if (mapped.Errors.Count > 0 || rowErrors.Count > 0)
        {
            return ImportProblems.Fields(mapped.Errors.Select(e => (e.Field, e.Message))
                .Concat(rowErrors.Select(e => ($"tasks[UID={mapped.UidOfRow.GetValueOrDefault(e.Row)}].{e.Column}", e.Message))));
        }

        var now = time.GetUtcNow();
        var calendar = await calendars.LoadAsync(project, cancellationToken);
        var daysOff = 0;
        if (file.Calendar is { } fileCalendar)
        {
            if (await db.NonWorkingDays.AnyAsync(d => d.ProjectId == project.Id, cancellationToken) || !await access.CanManageAsync(project, db, cancellationToken))
            {
                warnings.Add("The file's calendar was left out: the project keeps its own (it has days off already, or only its managers may change it).");
            }
            else
            {
                calendar = ApplyCalendar(db, project, fileCalendar, calendar);
                daysOff = fileCalendar.DaysOff.Count;
            }
        }

        var boardOrder = await BoardOrder.LastAsync(db, project.Id, cancellationToken);
        var result = TaskImportWriter.Apply(db, project, plan, calendar, boardOrder, access.UserId, now, dryRun ?? false, warnings) with { DaysOffCreated = daysOff };
        if (!result.DryRun)
        {
            // Imported links and durations are a plan like any other: successors follow their predecessors in the
            // project's calendar, and milestones are evaluated, in the same save as the import.
            await planSync.AfterChangeAsync(db, project.Id, reschedule: true, cancellationToken, calendar);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(result);
    }

    /// <summary>The file's weekdays and days off become the project's; the calendar used for the imported dates follows.</summary>
    private static WorkingCalendar ApplyCalendar(ProjectsDbContext db, Project project, MspdiCalendar file, WorkingCalendar current)
    {
        project.WorkingWeekdays = WorkingWeekdaysExtensions.From(file.WorkingWeekdays);
        foreach (var day in file.DaysOff)
        {
            var name = day.Name ?? "Day off";
            db.NonWorkingDays.Add(new ProjectNonWorkingDay { ProjectId = project.Id, Date = day.Date, Name = name.Length > ProjectNonWorkingDay.NameMaxLength ? name[..ProjectNonWorkingDay.NameMaxLength] : name });
        }

        // The project had no days off of its own, so every non-working date of its current calendar is a holiday.
        return new WorkingCalendar(project.WorkingWeekdays, current.NonWorkingDates.Concat(file.DaysOff.Select(d => d.Date)));
    }
}
