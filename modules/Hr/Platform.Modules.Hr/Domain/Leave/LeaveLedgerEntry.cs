namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>Why a balance changed.</summary>
public enum LedgerEntryKind
{
    /// <summary>The yearly grant (pro-rated for joiners).</summary>
    Accrual,

    /// <summary>Unused days moved between years: negative in the year they leave, positive in the year they enter.</summary>
    CarryOver,

    /// <summary>Days that lapsed: unused days beyond the carry-over cap at year end, or carried days not used in time.</summary>
    Expiry,

    /// <summary>Days of an approved request.</summary>
    Taken,

    /// <summary>Days given back when an approved request was cancelled.</summary>
    Returned,

    /// <summary>A correction by HR, with a note.</summary>
    Adjustment,
}

/// <summary>
/// One change of an employee's balance of one leave type in one leave year. Entries are never changed or deleted: the
/// balance is the sum of the entries. Automatic postings (accrual, carry-over, expiry) carry a <see cref="PostingKey"/>
/// that is unique, so running the yearly postings again never posts twice.
/// </summary>
public sealed class LeaveLedgerEntry
{
    public const int NoteMaxLength = 500;
    public const int PostingKeyMaxLength = 200;

    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public Guid LeaveTypeId { get; set; }

    /// <summary>The leave year (a calendar year) the days count in.</summary>
    public int Year { get; set; }

    public LedgerEntryKind Kind { get; set; }

    /// <summary>Signed days (0.5 steps): positive adds to the balance, negative takes from it.</summary>
    public decimal Days { get; set; }

    /// <summary>The day the change takes effect (the first day of leave taken, the day a carry-over lapses ...).</summary>
    public DateOnly EffectiveDate { get; set; }

    /// <summary>The request the days were taken for or returned from.</summary>
    public Guid? LeaveRequestId { get; set; }

    public string? Note { get; set; }

    /// <summary>Identifies an automatic posting (e.g. accrual of one employee, type and year); null for the others.</summary>
    public string? PostingKey { get; set; }

    /// <summary>The user who caused the entry; null for automatic postings.</summary>
    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
