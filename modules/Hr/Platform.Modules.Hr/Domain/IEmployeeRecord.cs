namespace Platform.Modules.Hr.Domain;

/// <summary>A record that belongs to one employee (a leave request, a timesheet …), so that access scopes can filter it.</summary>
public interface IEmployeeRecord
{
    Guid EmployeeId { get; }
}
