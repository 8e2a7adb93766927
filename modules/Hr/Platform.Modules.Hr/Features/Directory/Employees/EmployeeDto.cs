using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// An employee as the API returns it. <see cref="Personal"/> is null for callers who may not see personal fields
/// (everyone but HR and the employee); <see cref="Version"/> is also sent as the ETag.
/// </summary>
public sealed record EmployeeDto(
    Guid Id,
    string EmployeeNumber,
    string FirstName,
    string LastName,
    string DisplayName,
    string? WorkEmail,
    string? WorkPhone,
    string? JobTitle,
    Guid? DepartmentId,
    Guid? ManagerId,
    Guid? LocationId,
    DateOnly StartDate,
    DateOnly? EndDate,
    EmploymentType EmploymentType,
    EmployeeStatus Status,
    Guid? UserId,
    IReadOnlyList<string> Skills,
    PersonalDetails? Personal,
    DateTimeOffset? ErasedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static EmployeeDto From(Employee e, IReadOnlyList<string> skills, bool withPersonal) =>
        new(e.Id, e.EmployeeNumber, e.FirstName, e.LastName, e.DisplayName, e.WorkEmail, e.WorkPhone, e.JobTitle, e.DepartmentId, e.ManagerId,
            e.LocationId, e.StartDate, e.EndDate, e.EmploymentType, e.Status, e.UserId, skills, withPersonal ? PersonalDetails.Of(e) : null,
            e.ErasedAt, e.CreatedAt, e.UpdatedAt, e.Version);
}

/// <summary>The personal fields: for HR (hr.employees.manage) and the employee only.</summary>
public sealed record PersonalDetails(string? PrivateAddress = null, DateOnly? BirthDate = null, string? EmergencyContactName = null, string? EmergencyContactPhone = null)
{
    public static PersonalDetails Of(Employee e) => new(e.PrivateAddress, e.BirthDate, e.EmergencyContactName, e.EmergencyContactPhone);
}
