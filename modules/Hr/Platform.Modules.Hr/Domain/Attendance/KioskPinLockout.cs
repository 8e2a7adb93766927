using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Wrong kiosk PINs typed for one employee; after too many, kiosk clocking is locked for a while.</summary>
public sealed class KioskPinLockout : IVersioned
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    public Guid EmployeeId { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public long Version { get; set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
