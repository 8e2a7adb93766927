using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>
/// The concurrency anchor of one employee's leave in one leave year. Every write that depends on the employee's
/// requests or balances in that year (a new request, a decision, a cancellation, an adjustment) touches this row, so
/// two such writes racing each other end in one success and one 412 instead of an overdrawn balance or two
/// overlapping requests.
/// </summary>
public sealed class EmployeeLeaveYear : IVersioned
{
    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public int Year { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
