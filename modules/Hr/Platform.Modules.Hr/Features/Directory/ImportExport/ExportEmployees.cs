using System.Data;
using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.ImportExport;

/// <summary>
/// The directory as a CSV or XLSX file, in the import's columns (so a file can be edited and imported back). Work
/// fields only unless HR asks for the personal ones. CSV rows are streamed from the database as they are read;
/// an XLSX workbook is a zip archive that is assembled in a temporary file first.
/// </summary>
internal static class ExportEmployees
{
    private sealed record ExportRow(Employee Employee, string? DepartmentCode, string? ManagerNumber, string? LocationName);

    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> Handle(
        string? format, bool? includePersonal, [AsParameters] EmployeeFilter filter, HrDbContext db, CancellationToken cancellationToken)
    {
        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return new ValidationErrors().Add("format", "format must be csv or xlsx.").ToProblem();
        }

        var employees = await ListEmployees.FilterAsync(db, filter, cancellationToken);
        var rows = from e in employees
                   join d in db.Departments on e.DepartmentId equals d.Id into departments
                   from d in departments.DefaultIfEmpty()
                   join m in db.Employees on e.ManagerId equals m.Id into managers
                   from m in managers.DefaultIfEmpty()
                   join l in db.Locations on e.LocationId equals l.Id into locations
                   from l in locations.DefaultIfEmpty()
                   orderby e.EmployeeNumber
                   select new ExportRow(e, d == null ? null : d.Code, m == null ? null : m.EmployeeNumber, l == null ? null : l.Name);
        var skillRows = await db.EmployeeSkills.AsNoTracking().Where(s => employees.Any(e => e.Id == s.EmployeeId)).ToListAsync(cancellationToken);
        var skills = skillRows.OrderBy(s => s.Skill, StringComparer.OrdinalIgnoreCase).ToLookup(s => s.EmployeeId, s => s.Skill);
        string[] columns = [.. EmployeeColumns.Work, .. EmployeeColumns.ExportOnly, .. includePersonal == true ? EmployeeColumns.Personal : []];
        var cells = (ExportRow row) => Cells(row, skills[row.Employee.Id], includePersonal == true);

        return kind == "csv"
            ? TypedResults.Stream(stream => WriteCsvAsync(stream, columns, rows.AsAsyncEnumerable(), cells, cancellationToken), "text/csv; charset=utf-8", "employees.csv")
            : TypedResults.Stream(
                async stream => await WriteXlsxAsync(stream, columns, (await rows.ToListAsync(cancellationToken)).Select(cells), cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "employees.xlsx");
    }

    private static string?[] Cells(ExportRow row, IEnumerable<string> skills, bool includePersonal)
    {
        var e = row.Employee;
        string?[] work =
        [
            e.EmployeeNumber, e.FirstName, e.LastName, e.WorkEmail, e.WorkPhone, e.JobTitle, row.DepartmentCode, row.ManagerNumber, row.LocationName,
            Date(e.StartDate), e.EmploymentType.ToString(), e.Status.ToString(), string.Join(EmployeeColumns.SkillSeparator, skills), Date(e.EndDate),
        ];
        return includePersonal ? [.. work, e.PrivateAddress, Date(e.BirthDate), e.EmergencyContactName, e.EmergencyContactPhone] : work;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task WriteCsvAsync(
        Stream stream, string[] columns, IAsyncEnumerable<ExportRow> rows, Func<ExportRow, string?[]> cells, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in cells(row))
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }
    }

    private static async Task WriteXlsxAsync(Stream stream, string[] columns, IEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        // A table (rather than a list of rows) keeps the header row even when no employee matches.
        using var sheet = new DataTable("Employees");
        foreach (var column in columns)
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
        await MiniExcel.SaveAsAsync(file, sheet, sheetName: "Employees", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(stream, cancellationToken);
    }
}
