using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Attendance.Anomalies;
using Platform.Modules.Hr.Features.Attendance.Clocking;
using Platform.Modules.Hr.Features.Attendance.Corrections;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Features.Attendance.Schedules;
using Platform.Modules.Hr.Features.Attendance.Timesheets;
using Platform.Modules.Hr.Features.Leave;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Attendance;

/// <summary>The Attendance area of the HR module: its services, events and endpoints.</summary>
internal static class AttendanceFeature
{
    // One per loaded plugin (each host loads the module in its own load context); set in StartAsync.
    private static AnomalyMonitor? _monitor;

    public static void Configure(ModuleBuilder module)
    {
        // Modules:hr:Attendance:AnomalyCheckInterval (a TimeSpan; 00:00:00 turns the periodic check off).
        var interval = module.Info.Configuration.GetValue("Attendance:AnomalyCheckInterval", AnomalyMonitor.DefaultInterval);
        module.Services.RegisterType<AttendanceDaysQuery>().InstancePerLifetimeScope();
        // Leave counts working days by the employee's schedule (leave's Monday-to-Friday default gives way to this).
        module.Services.RegisterType<ScheduleWorkWeek>().As<IWorkWeekSource>().InstancePerLifetimeScope();
        module.Services.RegisterType<ClockRecorder>().InstancePerLifetimeScope();
        module.Services.RegisterType<AnomalyCheck>().InstancePerLifetimeScope();
        module.Services.Register(c => new AnomalyMonitor(c.Resolve<ILifetimeScope>(), c.Resolve<TimeProvider>(), c.Resolve<ILogger<AnomalyMonitor>>(), interval))
            .SingleInstance();

        module.Permissions.Declare(
            HrPermissions.AttendanceKiosk, "Act as a kiosk terminal: clock employees in and out with their employee number and PIN.", BuiltInRoles.Administrator);
        module.Events
            .Publishes<AttendanceAnomalyDetected>()
            .Publishes<TimesheetSubmitted>()
            .Publishes<TimesheetDecided>();
    }

    public static Task StartAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        _monitor = scope.Resolve<AnomalyMonitor>();
        _monitor.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_monitor is not null)
        {
            await _monitor.StopAsync();
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        MapClocking(endpoints);
        MapDays(endpoints);
        MapCorrections(endpoints);
        MapSchedules(endpoints);
        MapTimesheets(endpoints);
    }

    private static void MapClocking(IEndpointRouteBuilder endpoints)
    {
        var attendance = endpoints.MapGroup("/attendance").WithTags("Attendance");
        const string clockRules = "Clockings follow clock-in, breaks (start, end), clock-out; anything out of order (clocking out before clocking in, clocking in twice, a break outside a shift) is a 400 naming the problem, and nothing is written. A week whose timesheet is approved is locked (409). Recorded as Web (sign-in cookie) or Api (API client).";
        attendance.MapPost("/clock-in", ClockSelf.ClockIn)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Clock in")
            .WithDescription("Starts a shift for the caller's employee record now. The shift belongs to the local date (location time zone) of the clock-in, also when it ends after midnight. " + clockRules);
        attendance.MapPost("/clock-out", ClockSelf.ClockOut)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Clock out")
            .WithDescription("Ends the caller's open shift now (a running break must be ended first). " + clockRules);
        attendance.MapPost("/break-start", ClockSelf.BreakStart)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Start a break")
            .WithDescription("Starts an unpaid break within the caller's open shift. " + clockRules);
        attendance.MapPost("/break-end", ClockSelf.BreakEnd)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("End a break")
            .WithDescription("Ends the caller's running break. " + clockRules);
        attendance.MapGet("/entries", ListEntries.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("List clockings")
            .WithDescription("The clockings of one employee (employeeId; the caller when left out) whose work dates fall between from and to (yyyy-MM-dd, at most 62 days). Others' clockings need hr.attendance.team (reports down the chain) or hr.attendance.manage; anyone else is 404.");

        endpoints.MapPost("/kiosk/clock", KioskClock.Handle)
            .RequirePermission(HrPermissions.AttendanceKiosk)
            .WithTags("Attendance")
            .WithSummary("Clock at a kiosk")
            .WithDescription("For kiosk terminals (hr.attendance.kiosk): employeeNumber, pin and action (ClockIn, ClockOut, BreakStart, BreakEnd). A wrong PIN or unknown number is 401; after 5 wrong PINs in a row the employee's kiosk clocking is locked for 15 minutes (429). Recorded as Kiosk; the same order rules as web clocking apply.");
        endpoints.MapPut("/employees/{id:guid}/kiosk-pin", SetKioskPin.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithTags("Attendance")
            .WithSummary("Set an employee's kiosk PIN")
            .WithDescription("4 to 8 digits, stored only as a slow salted hash; clears a lockout. Employees set their own; HR (hr.attendance.manage) sets anyone's.");
        endpoints.MapPut("/employees/{id:guid}/work-schedule", AssignWorkSchedule.Handle)
            .RequirePermission(HrPermissions.AttendanceManage)
            .WithTags("Work schedules")
            .WithSummary("Assign a work schedule")
            .WithDescription("Sets the schedule the employee follows (workScheduleId; null removes it, leaving no expected hours). Unknown schedules are 400.");
    }

    private static void MapDays(IEndpointRouteBuilder endpoints)
    {
        var attendance = endpoints.MapGroup("/attendance").WithTags("Attendance");
        attendance.MapGet("/", ListAttendance.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Attendance days")
            .WithDescription("Per employee the computed days from 'from' to 'to' (at most 62 days): status (Present, Late, Absent, OnLeave, Holiday, Weekend, Scheduled, Unscheduled), worked and break minutes, expected minutes, overtime and lateness, leave and holiday parts, plus totals. Scoped: oneself, one's reports (hr.attendance.team), everyone (hr.attendance.manage). Filter by employeeId, departmentId; paged by employee, ordered by employee number.");
        attendance.MapGet("/export", ExportAttendance.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Export attendance")
            .WithDescription("The same days as a file: format=csv (default) or xlsx; one row per employee and day with local clock times and decimal hours. Scoped like the attendance list; optional departmentId.");
        attendance.MapPost("/anomalies/check", RunAnomalyCheck.Handle)
            .RequirePermission(HrPermissions.AttendanceManage)
            .WithSummary("Check a date for attendance anomalies")
            .WithDescription("Runs the anomaly check the module also runs every hour, for one date: publishes hr.attendance-anomaly.v1 for each employee absent without leave or with a missing clock-out, once per employee and day. Answers the newly reported ones.");
    }

    private static void MapCorrections(IEndpointRouteBuilder endpoints)
    {
        var corrections = endpoints.MapGroup("/attendance/corrections").WithTags("Attendance corrections");
        corrections.MapPost("/", RequestCorrection.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Request a correction")
            .WithDescription("Asks to Add a missing clocking (action, at; a whole break as BreakStart with breakEndAt), Change one's time (entryId, at) or Remove one (entryId), with a reason. 400 when the day's clockings would end up out of order; 409 when the week is locked.");
        corrections.MapGet("/", ListCorrections.Handle)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("List corrections")
            .WithDescription("Corrections of oneself, one's reports (hr.attendance.team) or everyone (hr.attendance.manage), newest first; filter by status and employeeId; paged.");
        corrections.MapPost("/{id:guid}/approve", DecideCorrection.Approve)
            .RequirePermission(HrPermissions.AttendanceTeam)
            .WithSummary("Approve a correction")
            .WithDescription("For a manager above the employee in the chain or hr.attendance.manage, never the employee. Applies the change to the clockings in the same transaction; 409 when it is not pending, no longer fits the clockings, or the week is locked.");
        corrections.MapPost("/{id:guid}/reject", DecideCorrection.Reject)
            .RequirePermission(HrPermissions.AttendanceTeam)
            .WithSummary("Reject a correction")
            .WithDescription("For the same approvers as approval; an optional note says why.");
    }

    private static void MapSchedules(IEndpointRouteBuilder endpoints)
    {
        var schedules = endpoints.MapGroup("/work-schedules").WithTags("Work schedules");
        schedules.MapGet("/", WorkSchedules.List)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("List work schedules")
            .WithDescription("Every schedule with its weekly pattern and expected hours, by name.");
        schedules.MapGet("/{id:guid}", WorkSchedules.Get)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Get a work schedule")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        schedules.MapPost("/", WorkSchedules.Create)
            .RequirePermission(HrPermissions.AttendanceManage)
            .WithSummary("Create a work schedule")
            .WithDescription("A unique name, graceMinutes (0-240) and days: per working weekday start and end (HH:mm, an end at or before the start is a night shift ending the next morning) and breakMinutes. Weekdays left out are non-working days. Expected hours = end − start − break.");
        schedules.MapPut("/{id:guid}", WorkSchedules.Update)
            .RequirePermission(HrPermissions.AttendanceManage)
            .WithSummary("Replace a work schedule")
            .WithDescription("Replaces name, grace period and the weekly pattern. Requires If-Match: 428 without it, 412 when stale. Attendance is always computed with the current pattern.");
        schedules.MapDelete("/{id:guid}", WorkSchedules.Delete)
            .RequirePermission(HrPermissions.AttendanceManage)
            .WithSummary("Delete a work schedule")
            .WithDescription("409 while employees follow it. Requires If-Match.");
    }

    private static void MapTimesheets(IEndpointRouteBuilder endpoints)
    {
        var timesheets = endpoints.MapGroup("/timesheets").WithTags("Timesheets");
        timesheets.MapGet("/", Timesheets.Timesheets.List)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("List timesheets")
            .WithDescription("Submitted, approved and rejected weeks the caller may see (status=Submitted is an approver's queue); newest week first; paged.");
        timesheets.MapGet("/{employeeId:guid}/{weekStart}", Timesheets.Timesheets.Get)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Get a weekly timesheet")
            .WithDescription("The employee's week from weekStart (a Monday, yyyy-MM-dd): computed days, totals (worked, expected, overtime) and its state (Open, Submitted, Approved, Rejected). Scoped like attendance.");
        timesheets.MapPost("/{employeeId:guid}/{weekStart}/submit", Timesheets.Timesheets.Submit)
            .RequirePermission(HrPermissions.AttendanceSelf)
            .WithSummary("Submit a weekly timesheet")
            .WithDescription("The employee submits their own open or rejected week for approval; publishes hr.timesheet-submitted.v1. 409 when it is already submitted or approved.");
        timesheets.MapPost("/{employeeId:guid}/{weekStart}/approve", Timesheets.Timesheets.Approve)
            .RequirePermission(HrPermissions.AttendanceTeam)
            .WithSummary("Approve a weekly timesheet")
            .WithDescription("A manager above the employee or hr.attendance.manage approves a submitted week, which locks it: clockings and corrections for it are refused with 409 from then on. Publishes hr.timesheet-decided.v1.");
        timesheets.MapPost("/{employeeId:guid}/{weekStart}/reject", Timesheets.Timesheets.Reject)
            .RequirePermission(HrPermissions.AttendanceTeam)
            .WithSummary("Reject a weekly timesheet")
            .WithDescription("Sends a submitted week back to the employee (optional note) to be corrected and submitted again. Publishes hr.timesheet-decided.v1.");
    }
}
