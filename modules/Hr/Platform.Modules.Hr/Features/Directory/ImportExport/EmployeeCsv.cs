using System.Globalization;
using CsvHelper;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;

namespace Platform.Modules.Hr.Features.Directory.ImportExport;

/// <summary>A problem with one cell (or a whole row, or the header) of an imported file. Row 1 is the header.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>
/// One parsed row. <see cref="Columns"/> are the columns the file has: a column the file leaves out keeps the
/// stored value of an existing employee, while an empty cell clears it.
/// </summary>
internal sealed record EmployeeCsvRow(
    int Row,
    IReadOnlySet<string> Columns,
    EmployeeWorkFields Work,
    string? DepartmentCode,
    string? ManagerNumber,
    string? LocationName,
    PersonalDetails Personal);

/// <summary>
/// Reads an employee CSV file (comma-separated, header row, UTF-8): the header's column names, dates as yyyy-MM-dd,
/// enums by name, skills separated by ';'. Collects every problem with its row and column rather than stopping at the first.
/// </summary>
internal static class EmployeeCsv
{
    /// <summary>Strict reading: broken quoting is an error (not silently repaired) and the separator is always a comma.</summary>
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        DetectSeparatorHint = false,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false, // cells may hold personal data
    };

    public static (List<EmployeeCsvRow> Rows, List<ImportRowError> Errors) Parse(byte[] content, DateOnly today)
    {
        var rows = new List<EmployeeCsvRow>();
        var errors = new List<ImportRowError>();
        using var csv = CsvReader.Create(content, Options);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0)
            {
                errors.Add(new ImportRowError(1, "", "The file is empty; the first row must name the columns."));
                return (rows, errors);
            }

            var header = ReadHeader([.. csv.Headers], errors);
            if (errors.Count > 0)
            {
                return (rows, errors);
            }

            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            while (csv.Read())
            {
                var row = (int)csv.RowNumber + 1; // the header is row 1, as a spreadsheet shows it
                if (csv.FieldCount != header.Count)
                {
                    errors.Add(new ImportRowError(row, "", $"The row has {csv.FieldCount} fields; the header has {header.Count}."));
                    continue;
                }

                var parsed = ParseRow(csv, row, header, today, errors);
                if (parsed.Work.EmployeeNumber is { Length: > 0 } number && !numbers.TryAdd(number, row))
                {
                    errors.Add(new ImportRowError(row, EmployeeColumns.EmployeeNumber, $"Employee number '{number}' is also on row {numbers[number]}."));
                }

                rows.Add(parsed);
            }
        }
        catch (CsvFormatException exception)
        {
            // Broken quoting: the parser cannot tell where the row ends, so nothing after it can be trusted.
            errors.Add(new ImportRowError((int)exception.RecordNumber, "", "The file is not valid CSV here; check quotes and separators."));
        }

        return (rows, errors);
    }

    private static Dictionary<string, int> ReadHeader(List<string> names, List<ImportRowError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            var known = EmployeeColumns.Importable.Concat(EmployeeColumns.ExportOnly).FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(new ImportRowError(1, name, $"Unknown column '{name}'. Columns: {string.Join(", ", EmployeeColumns.Importable)}."));
            }
            else if (!header.TryAdd(known, i))
            {
                errors.Add(new ImportRowError(1, name, $"Column '{name}' appears twice."));
            }
        }

        foreach (var required in EmployeeColumns.Required.Where(r => !header.ContainsKey(r)))
        {
            errors.Add(new ImportRowError(1, required, $"The column '{required}' is required."));
        }

        return header;
    }

    private static EmployeeCsvRow ParseRow(CsvReader csv, int row, Dictionary<string, int> header, DateOnly today, List<ImportRowError> errors)
    {
        string? Cell(string column) => header.TryGetValue(column, out var index) && csv.GetString(index) is { Length: > 0 } value ? value : null;
        void Report(string column, string message) => errors.Add(new ImportRowError(row, column, message));

        var skillsCell = Cell(EmployeeColumns.Skills);
        var work = new EmployeeWorkFields(
            Cell(EmployeeColumns.EmployeeNumber),
            Cell(EmployeeColumns.FirstName),
            Cell(EmployeeColumns.LastName),
            Cell(EmployeeColumns.WorkEmail),
            Cell(EmployeeColumns.WorkPhone),
            Cell(EmployeeColumns.JobTitle),
            Date(Cell(EmployeeColumns.StartDate), EmployeeColumns.StartDate, Report),
            Enum<EmploymentType>(Cell(EmployeeColumns.EmploymentType), EmployeeColumns.EmploymentType, Report),
            Enum<EmployeeStatus>(Cell(EmployeeColumns.Status), EmployeeColumns.Status, Report),
            header.ContainsKey(EmployeeColumns.Skills) ? skillsCell?.Split(EmployeeColumns.SkillSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [] : null);
        var personal = new PersonalDetails(
            Cell(EmployeeColumns.PrivateAddress),
            Date(Cell(EmployeeColumns.BirthDate), EmployeeColumns.BirthDate, Report),
            Cell(EmployeeColumns.EmergencyContactName),
            Cell(EmployeeColumns.EmergencyContactPhone));

        // A start date that failed to parse is already reported; do not report it again as missing.
        var startDateBroken = errors.Any(e => e.Row == row && e.Column == EmployeeColumns.StartDate);
        EmployeeRules.ValidateWork(work, (field, message) =>
        {
            if (!(startDateBroken && field == "startDate"))
            {
                Report(field, message);
            }
        });
        EmployeeRules.ValidatePersonal(personal, today, (field, message) => Report(field.Replace("personal.", "", StringComparison.Ordinal), message));
        return new EmployeeCsvRow(row, header.Keys.ToHashSet(StringComparer.Ordinal), work, Cell(EmployeeColumns.DepartmentCode),
            Cell(EmployeeColumns.ManagerNumber), Cell(EmployeeColumns.LocationName), personal);
    }

    private static DateOnly? Date(string? value, string column, Action<string, string> report)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        report(column, $"'{value}' is not a date (yyyy-MM-dd).");
        return null;
    }

    private static T? Enum<T>(string? value, string column, Action<string, string> report)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
        {
            return parsed;
        }

        report(column, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }
}
