using System.Globalization;
using CsvHelper;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>
/// Reads a task CSV file (UTF-8, comma-separated, header row naming <see cref="TaskColumns"/> in any order, only
/// title required): dates as yyyy-MM-dd, numbers with a '.' decimal point, enums by name. Collects every problem with
/// its row and column instead of stopping at the first, and checks what needs only the file: parent and predecessor
/// rows exist, and neither loops.
/// </summary>
internal static class TaskCsvReader
{
    /// <summary>More rows than a project plan has; a bound on what one import creates.</summary>
    public const int MaxRows = 5000;

    /// <summary>Strict reading: broken quoting is an error (not silently repaired) and the separator is always a comma.</summary>
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        DetectSeparatorHint = false,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false,
    };

    public static (List<TaskFileRow> Rows, List<ImportRowError> Errors) Read(byte[] content)
    {
        var rows = new List<TaskFileRow>();
        var errors = new List<ImportRowError>();
        using var csv = CsvReader.Create(content, Options);
        try
        {
            csv.ReadHeader();
            var header = ReadHeader([.. csv.Headers], errors);
            if (errors.Count > 0)
            {
                return (rows, errors);
            }

            while (csv.Read())
            {
                var row = rows.Count + 1;
                if (row > MaxRows)
                {
                    errors.Add(new ImportRowError(row, "", $"A file may hold at most {MaxRows} tasks; split it."));
                    break;
                }

                if (csv.FieldCount != header.Count)
                {
                    errors.Add(new ImportRowError(row, "", $"The row has {csv.FieldCount} fields; the header has {header.Count}."));
                    rows.Add(Empty(row));
                    continue;
                }

                rows.Add(ReadRow(csv, row, header, errors));
            }
        }
        catch (CsvFormatException)
        {
            // Broken quoting: the parser cannot tell where the row ends, so nothing after it can be trusted.
            errors.Add(new ImportRowError(rows.Count + 1, "", "The file is not valid CSV here; check quotes and separators."));
        }

        CheckReferences(rows, errors);
        return (rows, errors);
    }

    private static Dictionary<string, int> ReadHeader(List<string> names, List<ImportRowError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        if (names.Count == 0 || names.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new ImportRowError(0, "", $"The file is empty; the first row must name the columns ({string.Join(", ", TaskColumns.All)})."));
            return header;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            var known = TaskColumns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(new ImportRowError(0, name, $"Unknown column '{name}'. Columns: {string.Join(", ", TaskColumns.All)}."));
            }
            else if (!header.TryAdd(known, i))
            {
                errors.Add(new ImportRowError(0, name, $"Column '{name}' appears twice."));
            }
        }

        if (errors.Count == 0 && !header.ContainsKey(TaskColumns.Title))
        {
            errors.Add(new ImportRowError(0, TaskColumns.Title, "The column 'title' is required."));
        }

        return header;
    }

    private static TaskFileRow ReadRow(CsvReader csv, int row, Dictionary<string, int> header, List<ImportRowError> errors)
    {
        string? Cell(string column) => header.TryGetValue(column, out var index) && csv.GetString(index) is { Length: > 0 } value ? value : null;
        void Report(string column, string message) => errors.Add(new ImportRowError(row, column, message));

        var title = Cell(TaskColumns.Title);
        if (title is null || title.Length > ProjectTask.TitleMaxLength)
        {
            Report(TaskColumns.Title, $"title is required and at most {ProjectTask.TitleMaxLength} characters.");
        }

        var description = Cell(TaskColumns.Description);
        if (description?.Length > ProjectTask.DescriptionMaxLength)
        {
            Report(TaskColumns.Description, $"description may be at most {ProjectTask.DescriptionMaxLength} characters.");
        }

        var start = CellParsers.Date(Cell(TaskColumns.Start), TaskColumns.Start, Report);
        var due = CellParsers.Date(Cell(TaskColumns.Due), TaskColumns.Due, Report);
        if (start is { } s && due is { } d && d < s)
        {
            Report(TaskColumns.Due, "due is before start.");
        }

        var (predecessors, predecessorError) = PredecessorNotation.Parse(Cell(TaskColumns.Predecessors));
        if (predecessorError is not null)
        {
            Report(TaskColumns.Predecessors, predecessorError);
        }

        return new TaskFileRow(
            row,
            title ?? "",
            description,
            Cell(TaskColumns.Status),
            CellParsers.Enum<TaskPriority>(Cell(TaskColumns.Priority), TaskColumns.Priority, Report),
            CellParsers.List(Cell(TaskColumns.Assignees)),
            start,
            due,
            CellParsers.Whole(Cell(TaskColumns.Duration), TaskColumns.Duration, 0, PredecessorNotation.MaxLagDays, Report),
            CellParsers.Enum<SchedulingMode>(Cell(TaskColumns.Mode), TaskColumns.Mode, Report),
            CellParsers.Hours(Cell(TaskColumns.Estimate), TaskColumns.Estimate, Report),
            CellParsers.Hours(Cell(TaskColumns.Remaining), TaskColumns.Remaining, Report),
            CellParsers.Whole(Cell(TaskColumns.Progress), TaskColumns.Progress, 0, 100, Report),
            CellParsers.List(Cell(TaskColumns.Labels)),
            CellParsers.Whole(Cell(TaskColumns.Parent), TaskColumns.Parent, 1, MaxRows, Report),
            Cell(TaskColumns.Milestone),
            predecessors);
    }

    /// <summary>Parent and predecessor rows must exist in the file and must not loop.</summary>
    private static void CheckReferences(List<TaskFileRow> rows, List<ImportRowError> errors)
    {
        var count = rows.Count;
        foreach (var row in rows)
        {
            if (row.Parent is { } parent && (parent > count || parent == row.Row))
            {
                errors.Add(new ImportRowError(row.Row, TaskColumns.Parent, parent == row.Row ? "A task cannot be its own parent." : $"There is no row {parent}; the file has {count} tasks."));
            }

            foreach (var link in row.Predecessors)
            {
                if (link.Row < 1 || link.Row > count || link.Row == row.Row)
                {
                    errors.Add(new ImportRowError(row.Row, TaskColumns.Predecessors, link.Row == row.Row ? "A task cannot be its own predecessor." : $"There is no row {link.Row}; the file has {count} tasks."));
                }
            }

            if (row.Predecessors.GroupBy(l => l.Row).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                errors.Add(new ImportRowError(row.Row, TaskColumns.Predecessors, $"Row {twice.Key} is named twice."));
            }
        }

        // Loops are looked for among the references that lead somewhere, so they are reported along with the other problems.
        var byRow = rows.ToDictionary(r => r.Row);
        bool Valid(int row) => row >= 1 && row <= count;
        if (GraphCycle.Find(rows.Select(r => r.Row), r => byRow[r].Parent is { } p && Valid(p) && p != r ? [p] : []) is { } parents)
        {
            errors.Add(new ImportRowError(parents[0], TaskColumns.Parent, $"The parents form a cycle: rows {string.Join(" → ", parents)}."));
        }

        if (GraphCycle.Find(rows.Select(r => r.Row), r => byRow[r].Predecessors.Select(l => l.Row).Where(l => Valid(l) && l != r)) is { } links)
        {
            errors.Add(new ImportRowError(links[0], TaskColumns.Predecessors, $"The predecessors form a cycle: rows {string.Join(" → ", links.Reverse())}."));
        }
    }

    private static TaskFileRow Empty(int row) => new(row, "", null, null, null, [], null, null, null, null, null, null, null, [], null, null, []);
}
