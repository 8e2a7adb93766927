using System.Net.Mail;
using System.Text.RegularExpressions;
using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// The rules of an employee's own fields (references to departments, managers, locations and users are checked
/// against the data by <see cref="EmployeeReferences"/>). Errors are reported as (field, message) so the API and the
/// CSV import name the same fields.
/// </summary>
internal static partial class EmployeeRules
{
    public const int MaxSkills = 50;

    public static void ValidateWork(EmployeeWorkFields fields, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(fields.EmployeeNumber))
        {
            report("employeeNumber", "employeeNumber is required.");
        }
        else if (!NumberPattern().IsMatch(fields.EmployeeNumber.Trim()))
        {
            report("employeeNumber", $"employeeNumber must be 1-{Employee.NumberMaxLength} letters, digits, '-', '_' or '.'.");
        }

        Name(fields.FirstName, "firstName", report);
        Name(fields.LastName, "lastName", report);
        if (!string.IsNullOrWhiteSpace(fields.WorkEmail) && !IsEmail(fields.WorkEmail.Trim()))
        {
            report("workEmail", $"'{fields.WorkEmail}' is not an email address (name@example.com).");
        }

        MaxLength(fields.WorkPhone, Employee.PhoneMaxLength, "workPhone", report);
        MaxLength(fields.JobTitle, Employee.TitleMaxLength, "jobTitle", report);
        if (fields.StartDate is null)
        {
            report("startDate", "startDate is required (yyyy-MM-dd).");
        }

        if (fields.EmploymentType is { } type && !Enum.IsDefined(type))
        {
            report("employmentType", "employmentType must be FullTime, PartTime, Contractor, Intern or Temporary.");
        }

        if (fields.Status is { } status && status is not (EmployeeStatus.Active or EmployeeStatus.OnLeave))
        {
            report("status", "status must be Active or OnLeave; an employee leaves through POST /employees/{id}/leave.");
        }

        if (fields.Skills is { } skills)
        {
            if (skills.Count > MaxSkills)
            {
                report("skills", $"At most {MaxSkills} skills.");
            }

            if (skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > EmployeeSkill.MaxLength))
            {
                report("skills", $"Each skill must be 1-{EmployeeSkill.MaxLength} characters.");
            }
        }
    }

    public static void ValidatePersonal(PersonalDetails personal, DateOnly today, Action<string, string> report)
    {
        MaxLength(personal.PrivateAddress, Employee.AddressMaxLength, "personal.privateAddress", report);
        MaxLength(personal.EmergencyContactName, Employee.NameMaxLength * 2, "personal.emergencyContactName", report);
        MaxLength(personal.EmergencyContactPhone, Employee.PhoneMaxLength, "personal.emergencyContactPhone", report);
        if (personal.BirthDate is { } birth && birth > today)
        {
            report("personal.birthDate", "personal.birthDate cannot be in the future.");
        }
    }

    public static bool IsEmail(string value) =>
        value.Length <= Employee.EmailMaxLength && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>Skills as stored: trimmed, one of each regardless of case (the first spelling wins), sorted.</summary>
    public static List<string> NormaliseSkills(IEnumerable<string> skills) =>
        skills.Select(s => s.Trim()).Where(s => s.Length > 0)
            .DistinctBy(s => s.ToLowerInvariant())
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Applies the work fields (validated) to <paramref name="employee"/>, adding the names of changed fields to <paramref name="changed"/>.</summary>
    public static void ApplyWork(EmployeeWorkFields fields, Employee employee, List<string> changed)
    {
        Set(changed, "employeeNumber", employee.EmployeeNumber, fields.EmployeeNumber!.Trim(), v => employee.EmployeeNumber = v);
        Set(changed, "firstName", employee.FirstName, fields.FirstName!.Trim(), v => employee.FirstName = v);
        Set(changed, "lastName", employee.LastName, fields.LastName!.Trim(), v => employee.LastName = v);
        Set(changed, "workEmail", employee.WorkEmail, Blank(fields.WorkEmail), v => employee.WorkEmail = v);
        Set(changed, "workPhone", employee.WorkPhone, Blank(fields.WorkPhone), v => employee.WorkPhone = v);
        Set(changed, "jobTitle", employee.JobTitle, Blank(fields.JobTitle), v => employee.JobTitle = v);
        Set(changed, "startDate", employee.StartDate, fields.StartDate!.Value, v => employee.StartDate = v);
        Set(changed, "employmentType", employee.EmploymentType, fields.EmploymentType ?? employee.EmploymentType, v => employee.EmploymentType = v);
        Set(changed, "status", employee.Status, fields.Status ?? employee.Status, v => employee.Status = v);
        if (employee.Status != EmployeeStatus.Left)
        {
            // A rehire (status back from Left) reopens the employment.
            Set(changed, "endDate", employee.EndDate, null, v => employee.EndDate = v);
        }
    }

    public static void ApplyReferences(Guid? departmentId, Guid? managerId, Guid? locationId, Employee employee, List<string> changed)
    {
        Set(changed, "departmentId", employee.DepartmentId, departmentId, v => employee.DepartmentId = v);
        Set(changed, "managerId", employee.ManagerId, managerId, v => employee.ManagerId = v);
        Set(changed, "locationId", employee.LocationId, locationId, v => employee.LocationId = v);
    }

    /// <summary>Applies the personal fields; only their names ever leave this method (events carry no personal values).</summary>
    public static void ApplyPersonal(PersonalDetails personal, Employee employee, List<string> changed)
    {
        Set(changed, "personal.privateAddress", employee.PrivateAddress, Blank(personal.PrivateAddress), v => employee.PrivateAddress = v);
        Set(changed, "personal.birthDate", employee.BirthDate, personal.BirthDate, v => employee.BirthDate = v);
        Set(changed, "personal.emergencyContactName", employee.EmergencyContactName, Blank(personal.EmergencyContactName), v => employee.EmergencyContactName = v);
        Set(changed, "personal.emergencyContactPhone", employee.EmergencyContactPhone, Blank(personal.EmergencyContactPhone), v => employee.EmergencyContactPhone = v);
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Set<T>(List<string> changed, string name, T current, T next, Action<T> assign)
    {
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            assign(next);
            changed.Add(name);
        }
    }

    private static void Name(string? value, string field, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            report(field, $"{field} is required.");
        }
        else
        {
            MaxLength(value, Employee.NameMaxLength, field, report);
        }
    }

    private static void MaxLength(string? value, int max, string field, Action<string, string> report)
    {
        if (value is not null && value.Trim().Length > max)
        {
            report(field, $"{field} must be at most {max} characters.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]{0,29}$")]
    private static partial Regex NumberPattern();
}
