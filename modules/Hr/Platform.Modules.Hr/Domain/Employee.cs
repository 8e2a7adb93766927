using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain;

public enum EmploymentType
{
    FullTime,
    PartTime,
    Contractor,
    Intern,
    Temporary,
}

public enum EmployeeStatus
{
    Active,
    OnLeave,
    Left,
}

/// <summary>
/// A person employed by the organisation. The work fields form the directory everyone sees; the personal fields
/// (private address, birth date, emergency contact) are for HR and the employee only.
/// </summary>
public sealed class Employee : IVersioned
{
    public const int NumberMaxLength = 30;
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;
    public const int TitleMaxLength = 150;
    public const int AddressMaxLength = 500;
    public const int SearchTextMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>The organisation's own identifier, unique (CSV imports upsert by it).</summary>
    public string EmployeeNumber { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? WorkEmail { get; set; }

    public string? WorkPhone { get; set; }

    public string? JobTitle { get; set; }

    public Guid? DepartmentId { get; set; }

    /// <summary>The employee this one reports to; never closes a cycle.</summary>
    public Guid? ManagerId { get; set; }

    public Guid? LocationId { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The last working day, set when the employee leaves.</summary>
    public DateOnly? EndDate { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public EmployeeStatus Status { get; set; }

    /// <summary>The platform user account of this employee, if they have one (unique).</summary>
    public Guid? UserId { get; set; }

    /// <summary>Lower-case text the directory search matches: number, names, email, title and skills.</summary>
    [AuditRedacted]
    public string SearchText { get; set; } = "";

    // Personal fields: HR (hr.employees.manage) and the employee only.
    [AuditRedacted]
    public string? PrivateAddress { get; set; }

    [AuditRedacted]
    public DateOnly? BirthDate { get; set; }

    [AuditRedacted]
    public string? EmergencyContactName { get; set; }

    [AuditRedacted]
    public string? EmergencyContactPhone { get; set; }

    // Attendance.
    /// <summary>The work schedule this employee follows; none means no expected hours (no lateness or absence).</summary>
    public Guid? WorkScheduleId { get; set; }

    /// <summary>Hash of the kiosk PIN (never the PIN itself); null when kiosk clocking is not set up.</summary>
    [AuditRedacted]
    public string? KioskPinHash { get; set; }

    /// <summary>When the employee's personal data was erased (anonymised) on request; null otherwise.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    public string DisplayName => $"{FirstName} {LastName}".Trim();
}

/// <summary>A skill an employee has; the directory search finds people by it.</summary>
public sealed class EmployeeSkill
{
    public const int MaxLength = 60;

    public Guid EmployeeId { get; set; }

    public string Skill { get; set; } = "";
}

/// <summary>An employee's photo, kept apart from the employee row so that lists never load it.</summary>
public sealed class EmployeePhoto
{
    /// <summary>Largest photo accepted.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public Guid EmployeeId { get; set; }

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
