using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Calendars;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Calendar;

/// <summary>A project's working calendar as the API shows it; <see cref="Version"/> is the project's (its ETag).</summary>
public sealed record ProjectCalendarDto(
    Guid ProjectId,
    IReadOnlyList<DayOfWeek> WorkingWeekdays,
    HolidayCalendarSummary? HolidayCalendar,
    IReadOnlyList<NonWorkingDayDto> NonWorkingDays,
    IReadOnlyList<PublicHoliday> Holidays,
    long Version);

public sealed record NonWorkingDayDto(DateOnly Date, string Name);

/// <summary>The whole calendar of a project: weekdays, the holiday calendar to follow (null for none) and the project's own days off.</summary>
public sealed record UpdateProjectCalendarRequest(IReadOnlyList<DayOfWeek>? WorkingWeekdays = null, Guid? HolidayCalendarId = null, IReadOnlyList<NonWorkingDayDto>? NonWorkingDays = null);

internal static class ProjectCalendarEndpoints
{
    private const int MaxNonWorkingDays = 1000;

    public static async Task<Results<Ok<ProjectCalendarDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid projectId, int? year, ProjectsDbContext db, ProjectAccess access, IHolidayCalendars holidayCalendars, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (year is not null and (< 1990 or > 2200))
        {
            return new ValidationErrors().Add("year", "year must be between 1990 and 2200.").ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        Preconditions.SetETag(response, project.Version);
        return TypedResults.Ok(await DescribeAsync(project, year ?? time.GetUtcNow().Year, db, holidayCalendars, cancellationToken));
    }

    public static async Task<Results<Ok<ProjectCalendarDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid projectId, UpdateProjectCalendarRequest request, ProjectsDbContext db, ProjectAccess access, IHolidayCalendars holidayCalendars,
        ProjectCalendars calendars, TaskPlanSync planSync, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var weekdays = request.WorkingWeekdays ?? [];
        errors.Require(weekdays.Count > 0, "workingWeekdays", "workingWeekdays needs at least one day (e.g. [\"Monday\", …, \"Friday\"]).");
        errors.Require(weekdays.All(Enum.IsDefined), "workingWeekdays", "workingWeekdays holds an unknown day.");
        var days = request.NonWorkingDays ?? [];
        errors.Require(days.Count <= MaxNonWorkingDays, "nonWorkingDays", $"At most {MaxNonWorkingDays} non-working days.");
        errors.Require(days.Select(d => d.Date).Distinct().Count() == days.Count, "nonWorkingDays", "A date is listed twice.");
        errors.Require(days.All(d => !string.IsNullOrWhiteSpace(d.Name) && d.Name.Trim().Length <= ProjectNonWorkingDay.NameMaxLength),
            "nonWorkingDays", $"Every non-working day needs a name of at most {ProjectNonWorkingDay.NameMaxLength} characters.");
        if (request.HolidayCalendarId is { } calendarId && await holidayCalendars.FindAsync(calendarId, cancellationToken) is null)
        {
            errors.Add("holidayCalendarId", $"There is no holiday calendar {calendarId}; GET /api/projects/holiday-calendars lists them.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
        }

        if (Preconditions.CheckIfMatch(httpRequest, project.Version) is { } failed)
        {
            return failed;
        }

        project.WorkingWeekdays = WorkingWeekdaysExtensions.From(weekdays);
        project.HolidayCalendarId = request.HolidayCalendarId;
        project.UpdatedAt = time.GetUtcNow();
        db.NonWorkingDays.RemoveRange(await db.NonWorkingDays.Where(d => d.ProjectId == projectId).ToListAsync(cancellationToken));
        db.NonWorkingDays.AddRange(days.Select(d => new ProjectNonWorkingDay { ProjectId = projectId, Date = d.Date, Name = d.Name.Trim() }));
        // Versioned on the project row itself, so a calendar edit and a project edit cannot overwrite each other.
        db.Entry(project).Property(p => p.UpdatedAt).IsModified = true;
        db.PublishEvent(new ProjectUpdated(project.Id, project.Key, project.Name, project.Status.ToString(), ["calendar"]));
        // Durations and lags count working days: the automatic tasks move with the calendar, in the same save.
        var calendar = await calendars.BuildAsync(project.WorkingWeekdays, project.HolidayCalendarId, days.Select(d => d.Date), cancellationToken);
        await planSync.AfterChangeAsync(db, project.Id, reschedule: true, cancellationToken, calendar);
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, project.Version);
        return TypedResults.Ok(await DescribeAsync(project, time.GetUtcNow().Year, db, holidayCalendars, cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<HolidayCalendarSummary>>> ListHolidayCalendars(IHolidayCalendars holidayCalendars, CancellationToken cancellationToken) =>
        TypedResults.Ok(await holidayCalendars.ListAsync(cancellationToken));

    private static async Task<ProjectCalendarDto> DescribeAsync(
        Project project, int year, ProjectsDbContext db, IHolidayCalendars holidayCalendars, CancellationToken cancellationToken)
    {
        var days = await db.NonWorkingDays.AsNoTracking()
            .Where(d => d.ProjectId == project.Id)
            .OrderBy(d => d.Date)
            .Select(d => new NonWorkingDayDto(d.Date, d.Name))
            .ToListAsync(cancellationToken);
        HolidayCalendarSummary? calendar = null;
        IReadOnlyList<PublicHoliday> holidays = [];
        if (project.HolidayCalendarId is { } calendarId)
        {
            calendar = await holidayCalendars.FindAsync(calendarId, cancellationToken);
            holidays = await holidayCalendars.GetHolidaysAsync(calendarId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        }

        return new ProjectCalendarDto(project.Id, project.WorkingWeekdays.Days().ToList(), calendar, days, holidays, project.Version);
    }
}
