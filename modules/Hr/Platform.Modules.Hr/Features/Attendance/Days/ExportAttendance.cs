using Microsoft.AspNetCore.Http;
using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Days;

/// <summary>
/// One row of the attendance export: an employee's day. Times are local to the employee's location, hours are decimal
/// hours (payroll tools expect them), statuses and day parts are the API's names.
/// </summary>
public sealed record AttendanceExportRow(
    string EmployeeNumber, string Name, string Date, string Status, string? FirstClockIn, string? LastClockOut,
    decimal WorkedHours, decimal BreakHours, decimal ExpectedHours, decimal OvertimeHours, int LateMinutes,
    string Leave, string Holiday, bool MissingClockOut);

/// <summary>Attendance of everyone the caller may see over a date range, as CSV or XLSX.</summary>
internal static class ExportAttendance
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Handle(
        DateOnly? from, DateOnly? to, string? format, Guid? departmentId, HrDbContext db, HrAccess access, AttendanceDaysQuery days, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var range = DateRange.Parse(from, to, errors);
        var kind = (format ?? "csv").ToLowerInvariant();
        errors.Require(kind is "csv" or "xlsx", "format", "format must be csv or xlsx.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await AttendanceTarget.ScopeAsync(access, cancellationToken);
        var query = scope.Employees(db).AsNoTracking();
        if (departmentId is { } department)
        {
            query = query.Where(e => e.DepartmentId == department);
        }

        var employees = await query.OrderBy(e => e.EmployeeNumber).ToListAsync(cancellationToken);
        var computed = await days.ComputeAsync(employees, range.From, range.To, scope.All, cancellationToken);
        var rows = computed.SelectMany(e => e.Days.Select(d => Row(e, d))).ToList();
        var name = $"attendance-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}";
        return kind == "csv"
            ? TypedResults.File(Csv(rows), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.File(Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private static AttendanceExportRow Row(EmployeeAttendance employee, AttendanceDay day)
    {
        var zone = LocalTime.Zone(employee.TimeZone);
        return new AttendanceExportRow(
            employee.EmployeeNumber, employee.Name, day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Status.ToString(),
            Local(day.FirstClockIn, zone), Local(day.LastClockOut, zone),
            Hours(day.WorkedMinutes), Hours(day.BreakMinutes), Hours(day.ExpectedMinutes), Hours(day.OvertimeMinutes), day.LateMinutes,
            day.Leave.ToString(), day.Holiday.ToString(), day.MissingClockOut);
    }

    private static string? Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    private static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);

    private static readonly string[] Header =
    [
        "EmployeeNumber", "Name", "Date", "Status", "FirstClockIn", "LastClockOut", "WorkedHours", "BreakHours", "ExpectedHours",
        "OvertimeHours", "LateMinutes", "Leave", "Holiday", "MissingClockOut",
    ];

    private static byte[] Csv(List<AttendanceExportRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var r in rows)
            {
                csv.WriteRecord(
                [
                    r.EmployeeNumber, r.Name, r.Date, r.Status, r.FirstClockIn, r.LastClockOut, Number(r.WorkedHours), Number(r.BreakHours),
                    Number(r.ExpectedHours), Number(r.OvertimeHours), Number(r.LateMinutes), r.Leave, r.Holiday, r.MissingClockOut ? "true" : "false",
                ]);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] Xlsx(List<AttendanceExportRow> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Attendance", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
