using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Holidays;

internal static class HolidayCalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var calendars = endpoints.MapGroup("/holiday-calendars").WithTags("Holiday calendars");
        calendars.MapGet("/", HolidayCalendars.List)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("List holiday calendars")
            .WithDescription("Every calendar with its number of holidays, ordered by name. Locations point at the calendar whose holidays their employees do not work.");
        calendars.MapGet("/{id:guid}", HolidayCalendars.Get)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Get a holiday calendar and its holidays")
            .WithDescription("The holidays in date order, of one year when year is given. The ETag changes whenever the calendar or its holidays change.");
        calendars.MapPost("/", HolidayCalendars.Create)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Create a holiday calendar")
            .WithDescription("Names are unique (409 otherwise).");
        calendars.MapPut("/{id:guid}", HolidayCalendars.Rename)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Rename a holiday calendar")
            .WithDescription("Requires If-Match: 428 without it, 412 when stale.");
        calendars.MapDelete("/{id:guid}", HolidayCalendars.Delete)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Delete a holiday calendar")
            .WithDescription("Deletes the calendar and its holidays; 409 while a location uses it. Requires If-Match.");
        calendars.MapPost("/{id:guid}/holidays", HolidayCalendars.AddHoliday)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Add a holiday")
            .WithDescription("One day off (isHalfDay: only half of it, which counts as half a working day). One holiday per date and calendar (409 otherwise).");
        calendars.MapDelete("/{id:guid}/holidays/{holidayId:guid}", HolidayCalendars.RemoveHoliday)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Remove a holiday")
            .WithDescription("Leave already requested keeps the days it was counted with.");
        calendars.MapPost("/{id:guid}/import", ImportHolidays.Handle)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Import holidays from an iCalendar file")
            .WithDescription($"The body is the .ics file itself (text/calendar, at most {ImportHolidays.MaxBytes / 1024} KiB). Every all-day VEVENT becomes a holiday, one per day it spans; events with a time of day, recurring events and events over {HolidayFileReader.MaxEventDays} days are skipped and listed. mode=merge (default) adds the file's dates and renames dates already present; mode=replace removes every holiday first. A file that is not iCalendar, or holds no all-day event, is a 400 and nothing changes.");
    }
}
