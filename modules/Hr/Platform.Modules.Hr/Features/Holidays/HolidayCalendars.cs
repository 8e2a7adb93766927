using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Holidays;

/// <summary>Holiday calendars and their holidays entered by hand.</summary>
internal static class HolidayCalendars
{
    public static async Task<Ok<List<HolidayCalendarDto>>> List(HrDbContext db, CancellationToken cancellationToken)
    {
        var calendars = await db.HolidayCalendars.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new HolidayCalendarDto(c.Id, c.Name, db.Holidays.Count(h => h.CalendarId == c.Id), null, c.Version))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(calendars);
    }

    public static async Task<Results<Ok<HolidayCalendarDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, int? year, HrDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (year is not null and (< 2000 or > 2200))
        {
            return new ValidationErrors().Add("year", "year must be between 2000 and 2200.").ToProblem();
        }

        var calendar = await db.HolidayCalendars.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return ApiProblems.NotFound("Holiday calendar", id);
        }

        var query = db.Holidays.AsNoTracking().Where(h => h.CalendarId == id);
        if (year is { } wanted)
        {
            query = query.Where(h => h.Date >= new DateOnly(wanted, 1, 1) && h.Date <= new DateOnly(wanted, 12, 31));
        }

        var holidays = (await query.OrderBy(h => h.Date).ToListAsync(cancellationToken)).Select(HolidayDto.From).ToList();
        Preconditions.SetETag(response, calendar.Version);
        return TypedResults.Ok(new HolidayCalendarDto(calendar.Id, calendar.Name, holidays.Count, holidays, calendar.Version));
    }

    public static async Task<Results<Created<HolidayCalendarDto>, ValidationProblem, ProblemHttpResult>> Create(
        HolidayCalendarRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (ValidateName(request.Name) is { } invalid)
        {
            return invalid;
        }

        var name = request.Name.Trim();
        if (await db.HolidayCalendars.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return ApiProblems.Conflict($"A holiday calendar named '{name}' already exists.", "Calendar names are unique.");
        }

        var now = time.GetUtcNow();
        var calendar = new HolidayCalendar { Id = Guid.CreateVersion7(now), Name = name, CreatedAt = now, UpdatedAt = now };
        db.HolidayCalendars.Add(calendar);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, calendar.Version);
        return TypedResults.Created($"/api/hr/holiday-calendars/{calendar.Id}", new HolidayCalendarDto(calendar.Id, calendar.Name, 0, [], calendar.Version));
    }

    public static async Task<Results<Ok<HolidayCalendarDto>, ValidationProblem, ProblemHttpResult>> Rename(
        Guid id, HolidayCalendarRequest request, HrDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        if (ValidateName(request.Name) is { } invalid)
        {
            return invalid;
        }

        var calendar = await db.HolidayCalendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return ApiProblems.NotFound("Holiday calendar", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, calendar.Version) is { } failed)
        {
            return failed;
        }

        var name = request.Name.Trim();
        if (name != calendar.Name)
        {
            if (await db.HolidayCalendars.AnyAsync(c => c.Name == name, cancellationToken))
            {
                return ApiProblems.Conflict($"A holiday calendar named '{name}' already exists.", "Calendar names are unique.");
            }

            calendar.Name = name;
            calendar.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        var count = await db.Holidays.CountAsync(h => h.CalendarId == id, cancellationToken);
        Preconditions.SetETag(response, calendar.Version);
        return TypedResults.Ok(new HolidayCalendarDto(calendar.Id, calendar.Name, count, null, calendar.Version));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        var calendar = await db.HolidayCalendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return ApiProblems.NotFound("Holiday calendar", id);
        }

        if (Preconditions.CheckIfMatch(request, calendar.Version) is { } failed)
        {
            return failed;
        }

        var usedBy = await db.Locations.AsNoTracking().Where(l => l.HolidayCalendarId == id).Select(l => l.Name).ToListAsync(cancellationToken);
        if (usedBy.Count > 0)
        {
            return ApiProblems.Conflict("The holiday calendar is in use.", $"Locations using it: {string.Join(", ", usedBy)}. Point them at another calendar first.");
        }

        // Loading the holidays lets the audit trail record each deletion.
        db.Holidays.RemoveRange(await db.Holidays.Where(h => h.CalendarId == id).ToListAsync(cancellationToken));
        db.HolidayCalendars.Remove(calendar);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<HolidayDto>, ValidationProblem, ProblemHttpResult>> AddHoliday(
        Guid id, HolidayRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.Date is not null, "date", "date is required.");
        errors.Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= Holiday.NameMaxLength, "name", $"name is required, at most {Holiday.NameMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var calendar = await db.HolidayCalendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return ApiProblems.NotFound("Holiday calendar", id);
        }

        if (await db.Holidays.AnyAsync(h => h.CalendarId == id && h.Date == request.Date, cancellationToken))
        {
            return ApiProblems.Conflict($"{calendar.Name} already has a holiday on {request.Date:yyyy-MM-dd}.", "Remove it first to change it.");
        }

        var now = time.GetUtcNow();
        var holiday = new Holiday { Id = Guid.CreateVersion7(now), CalendarId = id, Date = request.Date!.Value, Name = request.Name.Trim(), IsHalfDay = request.IsHalfDay };
        db.Holidays.Add(holiday);
        Touch(db, calendar, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/hr/holiday-calendars/{id}", HolidayDto.From(holiday));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveHoliday(Guid id, Guid holidayId, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var calendar = await db.HolidayCalendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var holiday = await db.Holidays.FirstOrDefaultAsync(h => h.Id == holidayId && h.CalendarId == id, cancellationToken);
        if (calendar is null || holiday is null)
        {
            return ApiProblems.NotFound("Holiday", holidayId);
        }

        db.Holidays.Remove(holiday);
        Touch(db, calendar, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A change of holidays is a change of the calendar: its ETag moves with it.</summary>
    internal static void Touch(HrDbContext db, HolidayCalendar calendar, DateTimeOffset now)
    {
        calendar.UpdatedAt = now;
        db.Entry(calendar).State = EntityState.Modified;
    }

    private static ValidationProblem? ValidateName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= HolidayCalendar.NameMaxLength
            ? null
            : new ValidationErrors().Add("name", $"name is required, at most {HolidayCalendar.NameMaxLength} characters.").ToProblem();
}
