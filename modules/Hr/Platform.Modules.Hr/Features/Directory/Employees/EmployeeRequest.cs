using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// An employee's editable fields, for create and update alike. <see cref="Status"/> is Active (default) or OnLeave;
/// leaving goes through its own endpoint. <see cref="Skills"/> replaces the skill list (null keeps it on update).
/// <see cref="Personal"/> replaces the personal fields (null keeps them on update).
/// </summary>
public sealed record EmployeeRequest(
    string EmployeeNumber,
    string FirstName,
    string LastName,
    DateOnly? StartDate = null,
    EmploymentType? EmploymentType = null,
    EmployeeStatus? Status = null,
    string? WorkEmail = null,
    string? WorkPhone = null,
    string? JobTitle = null,
    Guid? DepartmentId = null,
    Guid? ManagerId = null,
    Guid? LocationId = null,
    Guid? UserId = null,
    IReadOnlyList<string>? Skills = null,
    PersonalDetails? Personal = null)
{
    internal EmployeeWorkFields Work => new(EmployeeNumber, FirstName, LastName, WorkEmail, WorkPhone, JobTitle, StartDate, EmploymentType, Status, Skills);
}

/// <summary>The work fields that the API and the CSV import share, with the same names and rules.</summary>
internal sealed record EmployeeWorkFields(
    string? EmployeeNumber,
    string? FirstName,
    string? LastName,
    string? WorkEmail,
    string? WorkPhone,
    string? JobTitle,
    DateOnly? StartDate,
    EmploymentType? EmploymentType,
    EmployeeStatus? Status,
    IReadOnlyList<string>? Skills);
