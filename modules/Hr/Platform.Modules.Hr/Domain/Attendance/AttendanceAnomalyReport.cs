namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>
/// Marks that the anomalies of one employee's day were reported (hr.attendance-anomaly.v1), so the periodic check and
/// manual runs report each day once.
/// </summary>
public sealed class AttendanceAnomalyReport
{
    public Guid EmployeeId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The anomalies reported, comma-separated.</summary>
    public string Kinds { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }
}
