namespace Platform.Modules.Hr;

/// <summary>The permissions of the HR module (declared with their default roles in <see cref="HrModule"/>).</summary>
public static class HrPermissions
{
    /// <summary>The work directory: employees' work fields, departments, locations, org chart.</summary>
    public const string DirectoryRead = "hr.directory.read";

    /// <summary>HR: create and change employees, departments, locations and their personal data.</summary>
    public const string EmployeesManage = "hr.employees.manage";

    /// <summary>Clock in and out, see and correct one's own attendance and timesheets.</summary>
    public const string AttendanceSelf = "hr.attendance.self";

    /// <summary>See the attendance of one's reports (the whole manager chain below) and approve their corrections and timesheets.</summary>
    public const string AttendanceTeam = "hr.attendance.team";

    /// <summary>Everyone's attendance, work schedules and kiosk set-up.</summary>
    public const string AttendanceManage = "hr.attendance.manage";

    /// <summary>A kiosk terminal: clock employees in and out by employee number and PIN.</summary>
    public const string AttendanceKiosk = "hr.attendance.kiosk";

    /// <summary>Request and cancel one's own leave, see one's balances.</summary>
    public const string LeaveRequest = "hr.leave.request";

    /// <summary>Approve or reject the leave of one's reports, see their balances and calendar.</summary>
    public const string LeaveApprove = "hr.leave.approve";

    /// <summary>Leave types, accrual, balances and adjustments, holiday calendars, everyone's leave.</summary>
    public const string LeaveManage = "hr.leave.manage";
}
