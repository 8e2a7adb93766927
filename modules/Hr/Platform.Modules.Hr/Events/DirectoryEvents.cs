using Platform.Sdk.Events;

namespace Platform.Modules.Hr.Events;

// Work fields only: events travel to webhooks, workflows and other modules, so they never carry personal values.

[IntegrationEvent("hr.employee-hired.v1", Description = "An employee record was created (a hire, or a row of an employee import).")]
public sealed record EmployeeHired(
    Guid EmployeeId, string EmployeeNumber, string DisplayName, Guid? UserId, Guid? DepartmentId, Guid? ManagerId, Guid? LocationId,
    DateOnly StartDate, string EmploymentType) : IIntegrationEvent;

[IntegrationEvent("hr.employee-updated.v1", Description = "An employee's record changed (including an erasure on request); lists the names of the changed fields, never personal values.")]
public sealed record EmployeeUpdated(Guid EmployeeId, string EmployeeNumber, Guid? UserId, IReadOnlyList<string> ChangedFields) : IIntegrationEvent;

[IntegrationEvent("hr.employee-left.v1", Description = "An employee left the organisation; their platform account (UserId) is deactivated in reaction.")]
public sealed record EmployeeLeft(Guid EmployeeId, string EmployeeNumber, Guid? UserId, DateOnly EndDate) : IIntegrationEvent;

/// <summary>What happened to a department.</summary>
public enum DepartmentChange
{
    Created,
    Updated,
    Moved,
    Deleted,
}

[IntegrationEvent("hr.department-changed.v1", Description = "A department was created, updated (name, code, head), moved under another parent, or deleted.")]
public sealed record DepartmentChanged(Guid DepartmentId, DepartmentChange Change, string Name, string? Code, Guid? ParentId, Guid? HeadId) : IIntegrationEvent;
