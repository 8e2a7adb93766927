using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Directory.ImportExport;

/// <summary>What an import did (or, in a dry run, would do).</summary>
public sealed record ImportResult(bool DryRun, int Created, int Updated, int Unchanged);

/// <summary>
/// The CSV import of employees: upsert by employee number, all or nothing. Every row is checked first (its cells,
/// then what it points at: department codes, location names, managers by number among the stored employees and the
/// file's own rows, and reporting cycles); any problem answers 400 with all of them, and nothing is written.
/// </summary>
internal static class ImportEmployees
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> Handle(
        bool? dryRun, HttpRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !CsvMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as text/csv.",
                detail: "The body is the CSV file itself (UTF-8, header row), with Content-Type: text/csv.");
        }

        var content = await LimitedBody.ReadAsync(request.Body, MaxBytes, cancellationToken);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
                detail: $"Import files may be at most {MaxBytes} bytes; split it into several imports.");
        }

        var now = time.GetUtcNow();
        var (rows, errors) = EmployeeCsv.Parse(content, DateOnly.FromDateTime(now.UtcDateTime));
        var plan = await ImportPlan.CreateAsync(db, rows, errors, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Problem(errors);
        }

        var result = Apply(db, plan, now, dryRun ?? false);
        if (!result.DryRun)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(result);
    }

    private static ImportResult Apply(HrDbContext db, ImportPlan plan, DateTimeOffset now, bool dryRun)
    {
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in plan.Rows)
        {
            var existing = plan.Existing.GetValueOrDefault(row.Work.EmployeeNumber!.Trim());
            var employee = existing ?? new Employee { Id = plan.IdOf(row), CreatedAt = now, UpdatedAt = now };
            string? Keep(string column, string? fileValue, string? current) => row.Columns.Contains(column) ? fileValue : current;

            var changed = new List<string>();
            var work = row.Work with
            {
                WorkEmail = Keep(EmployeeColumns.WorkEmail, row.Work.WorkEmail, employee.WorkEmail),
                WorkPhone = Keep(EmployeeColumns.WorkPhone, row.Work.WorkPhone, employee.WorkPhone),
                JobTitle = Keep(EmployeeColumns.JobTitle, row.Work.JobTitle, employee.JobTitle),
            };
            EmployeeRules.ApplyWork(work, employee, changed);
            EmployeeRules.ApplyReferences(
                row.Columns.Contains(EmployeeColumns.DepartmentCode) ? plan.DepartmentOf(row) : employee.DepartmentId,
                row.Columns.Contains(EmployeeColumns.ManagerNumber) ? plan.ManagerOf(row) : employee.ManagerId,
                row.Columns.Contains(EmployeeColumns.LocationName) ? plan.LocationOf(row) : employee.LocationId,
                employee,
                changed);
            EmployeeRules.ApplyPersonal(new PersonalDetails(
                Keep(EmployeeColumns.PrivateAddress, row.Personal.PrivateAddress, employee.PrivateAddress),
                row.Columns.Contains(EmployeeColumns.BirthDate) ? row.Personal.BirthDate : employee.BirthDate,
                Keep(EmployeeColumns.EmergencyContactName, row.Personal.EmergencyContactName, employee.EmergencyContactName),
                Keep(EmployeeColumns.EmergencyContactPhone, row.Personal.EmergencyContactPhone, employee.EmergencyContactPhone)), employee, changed);

            var current = plan.SkillsOf(employee.Id);
            var skills = work.Skills is null ? EmployeeRules.NormaliseSkills(current) : EmployeeSkills.Replace(db, employee.Id, current, work.Skills, changed);
            employee.SearchText = EmployeeSearch.TextOf(employee, skills);
            if (existing is null)
            {
                created++;
                db.Employees.Add(employee);
                db.PublishEvent(new EmployeeHired(employee.Id, employee.EmployeeNumber, employee.DisplayName, employee.UserId, employee.DepartmentId,
                    employee.ManagerId, employee.LocationId, employee.StartDate, employee.EmploymentType.ToString()));
            }
            else if (changed.Count > 0)
            {
                updated++;
                employee.UpdatedAt = now;
                db.PublishEvent(new EmployeeUpdated(employee.Id, employee.EmployeeNumber, employee.UserId, changed));
            }
            else
            {
                unchanged++;
            }
        }

        return new ImportResult(dryRun, created, updated, unchanged);
    }

    private static ValidationProblem Problem(List<ImportRowError> errors)
    {
        var ordered = errors.OrderBy(e => e.Row).ToList();
        var byField = ordered.GroupBy(e => e.Column.Length == 0 ? $"rows[{e.Row}]" : $"rows[{e.Row}].{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            title: "The file has errors; nothing was imported.",
            detail: $"{ordered.Count} problem(s) on {ordered.Select(e => e.Row).Distinct().Count()} row(s). Row 1 is the header.",
            extensions: new Dictionary<string, object?> { ["rowErrors"] = ordered });
    }

    /// <summary>The rows with everything they point at resolved, and the problems found while resolving.</summary>
    private sealed class ImportPlan
    {
        private readonly Dictionary<string, Guid> _departments;
        private readonly Dictionary<string, Guid> _locations;
        private readonly Dictionary<string, Guid> _idsByNumber;
        private readonly Dictionary<int, Guid> _rowIds = [];
        private readonly ILookup<Guid, string> _skills;

        private ImportPlan(List<EmployeeCsvRow> rows, Dictionary<string, Employee> existing, Dictionary<string, Guid> departments,
            Dictionary<string, Guid> locations, Dictionary<string, Guid> idsByNumber, ILookup<Guid, string> skills)
        {
            Rows = rows;
            Existing = existing;
            _departments = departments;
            _locations = locations;
            _idsByNumber = idsByNumber;
            _skills = skills;
        }

        public List<EmployeeCsvRow> Rows { get; }

        /// <summary>The stored employees the file updates, tracked, by number.</summary>
        public Dictionary<string, Employee> Existing { get; }

        public static async Task<ImportPlan> CreateAsync(
            HrDbContext db, List<EmployeeCsvRow> rows, List<ImportRowError> errors, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var numbers = rows.Select(r => r.Work.EmployeeNumber?.Trim()).OfType<string>().Distinct().ToList();
            var existing = await db.Employees.Where(e => numbers.Contains(e.EmployeeNumber)).ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.Ordinal, cancellationToken);
            var everyone = await db.Employees.AsNoTracking().Select(e => new { e.Id, e.EmployeeNumber, e.ManagerId }).ToListAsync(cancellationToken);
            var departments = await db.Departments.AsNoTracking().Where(d => d.Code != null).ToDictionaryAsync(d => d.Code!, d => d.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Name, l => l.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var skills = await EmployeeSkills.OfAsync(db, [.. existing.Values.Select(e => e.Id)], cancellationToken);
            var plan = new ImportPlan(rows, existing, departments, locations, everyone.ToDictionary(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal), skills);

            foreach (var row in rows)
            {
                var number = row.Work.EmployeeNumber?.Trim();
                var id = number is not null && existing.TryGetValue(number, out var stored) ? stored.Id : Guid.CreateVersion7(now);
                plan._rowIds[row.Row] = id;
                if (number is not null)
                {
                    plan._idsByNumber[number] = id;
                }
            }

            var managers = everyone.ToDictionary(e => e.Id, e => e.ManagerId);
            foreach (var row in rows)
            {
                plan.Resolve(row, errors, managers);
            }

            foreach (var row in rows.Where(r => r.ManagerNumber is not null))
            {
                if (HierarchyCycle.Find(plan.IdOf(row), plan.ManagerOf(row), id => managers.GetValueOrDefault(id)) is { } cycle)
                {
                    var names = plan._idsByNumber.ToDictionary(p => p.Value, p => p.Key);
                    errors.Add(new ImportRowError(row.Row, EmployeeColumns.ManagerNumber,
                        $"This manager would close a reporting cycle: {string.Join(" → ", cycle.Select(id => names.GetValueOrDefault(id, id.ToString())))}."));
                }
            }

            return plan;
        }

        public Guid IdOf(EmployeeCsvRow row) => _rowIds[row.Row];

        public Guid? DepartmentOf(EmployeeCsvRow row) => Find(_departments, row.DepartmentCode);

        public Guid? LocationOf(EmployeeCsvRow row) => Find(_locations, row.LocationName);

        public Guid? ManagerOf(EmployeeCsvRow row) => Find(_idsByNumber, row.ManagerNumber);

        private static Guid? Find(Dictionary<string, Guid> ids, string? key) => key is not null && ids.TryGetValue(key, out var id) ? id : null;

        public IReadOnlyList<string> SkillsOf(Guid employeeId) => [.. _skills[employeeId]];

        /// <summary>Reports references that lead nowhere and records the row's manager in <paramref name="managers"/> for the cycle check.</summary>
        private void Resolve(EmployeeCsvRow row, List<ImportRowError> errors, Dictionary<Guid, Guid?> managers)
        {
            if (row.DepartmentCode is { } code && !_departments.ContainsKey(code))
            {
                errors.Add(new ImportRowError(row.Row, EmployeeColumns.DepartmentCode, $"No department has code '{code}'."));
            }

            if (row.LocationName is { } location && !_locations.ContainsKey(location))
            {
                errors.Add(new ImportRowError(row.Row, EmployeeColumns.LocationName, $"No location is named '{location}'."));
            }

            if (row.ManagerNumber is { } manager && !_idsByNumber.ContainsKey(manager))
            {
                errors.Add(new ImportRowError(row.Row, EmployeeColumns.ManagerNumber, $"No employee has number '{manager}', in the file or stored."));
            }

            if (row.Columns.Contains(EmployeeColumns.ManagerNumber))
            {
                managers[IdOf(row)] = ManagerOf(row);
            }
        }
    }
}
