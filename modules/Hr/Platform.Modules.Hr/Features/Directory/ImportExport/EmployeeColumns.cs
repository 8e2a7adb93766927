namespace Platform.Modules.Hr.Features.Directory.ImportExport;

/// <summary>
/// The columns of employee files, the same for import and export (an export with personal fields can be imported
/// back). Names match the API's field names; references are by human keys: department code, manager's employee
/// number, location name.
/// </summary>
internal static class EmployeeColumns
{
    public const string EmployeeNumber = "employeeNumber";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string WorkEmail = "workEmail";
    public const string WorkPhone = "workPhone";
    public const string JobTitle = "jobTitle";
    public const string DepartmentCode = "departmentCode";
    public const string ManagerNumber = "managerNumber";
    public const string LocationName = "locationName";
    public const string StartDate = "startDate";
    public const string EmploymentType = "employmentType";
    public const string Status = "status";
    public const string Skills = "skills";
    public const string EndDate = "endDate";
    public const string PrivateAddress = "privateAddress";
    public const string BirthDate = "birthDate";
    public const string EmergencyContactName = "emergencyContactName";
    public const string EmergencyContactPhone = "emergencyContactPhone";

    /// <summary>Separates skills inside the skills cell.</summary>
    public const char SkillSeparator = ';';

    public static readonly string[] Required = [EmployeeNumber, FirstName, LastName, StartDate];

    public static readonly string[] Work =
        [EmployeeNumber, FirstName, LastName, WorkEmail, WorkPhone, JobTitle, DepartmentCode, ManagerNumber, LocationName, StartDate, EmploymentType, Status, Skills];

    public static readonly string[] Personal = [PrivateAddress, BirthDate, EmergencyContactName, EmergencyContactPhone];

    /// <summary>Written by the export for information; the import accepts and ignores it (leaving has its own endpoint).</summary>
    public static readonly string[] ExportOnly = [EndDate];

    public static readonly string[] Importable = [.. Work, .. Personal];
}
