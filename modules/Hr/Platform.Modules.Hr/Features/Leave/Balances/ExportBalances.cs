using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>
/// Balances of everyone the caller may see (themselves, their reports, everyone with hr.leave.manage) for one year,
/// as CSV or XLSX for payroll: one row per employee and leave type with a balance.
/// </summary>
internal static class ExportBalances
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Handle(
        int? year, string? format, HrDbContext db, LeaveAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(year is null or (>= 2000 and <= 2200), "year", "year must be between 2000 and 2200.");
        var kind = (format ?? "csv").ToLowerInvariant();
        errors.Require(kind is "csv" or "xlsx", "format", "format is csv or xlsx.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var wantedYear = year ?? time.GetUtcNow().Year;
        var scope = await access.ScopeAsync(cancellationToken);
        var employees = await scope.Employees(db).AsNoTracking().OrderBy(e => e.EmployeeNumber).ToListAsync(cancellationToken);
        var rows = (await BalanceReport.ComputeAsync(db, employees, wantedYear, cancellationToken))
            .Join(employees, b => b.EmployeeId, e => e.Id, (b, e) => new BalanceExportRow(
                e.EmployeeNumber, b.EmployeeName, b.LeaveTypeCode, b.Year, b.Accrued, b.CarriedOver, b.Expired, b.Taken, b.Adjusted, b.Balance, b.Pending, b.Available))
            .ToList();

        if (kind == "xlsx")
        {
            using var workbook = new MemoryStream();
            await workbook.SaveAsAsync(rows, sheetName: $"Balances {wantedYear}", cancellationToken: cancellationToken);
            return TypedResults.File(workbook.ToArray(), XlsxContentType, $"leave-balances-{wantedYear}.xlsx");
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            csv.WriteHeader(BalanceExportRow.Headers);
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Fields());
            }
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"leave-balances-{wantedYear}.csv");
    }
}

/// <summary>One exported row; the property names are the column headers.</summary>
public sealed record BalanceExportRow(
    string EmployeeNumber, string EmployeeName, string LeaveType, int Year, decimal Accrued, decimal CarriedOver, decimal Expired, decimal Taken, decimal Adjusted,
    decimal Balance, decimal Pending, decimal Available)
{
    public static readonly string[] Headers =
        ["EmployeeNumber", "EmployeeName", "LeaveType", "Year", "Accrued", "CarriedOver", "Expired", "Taken", "Adjusted", "Balance", "Pending", "Available"];

    /// <summary>The row's values in the order of <see cref="Headers"/>, numbers in invariant culture.</summary>
    public string[] Fields() =>
    [
        EmployeeNumber, EmployeeName, LeaveType, Year.ToString(CultureInfo.InvariantCulture),
        .. new[] { Accrued, CarriedOver, Expired, Taken, Adjusted, Balance, Pending, Available }.Select(d => d.ToString("0.##", CultureInfo.InvariantCulture)),
    ];
}
