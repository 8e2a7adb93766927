using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Leave;

public enum LeaveKind
{
    Annual,
    Sick,
    Unpaid,
    Custom,
}

/// <summary>
/// A kind of leave employees request (annual leave, sick leave ...) and, when it <see cref="UsesBalance"/>, the rule
/// by which it accrues: <see cref="DaysPerYear"/> granted per leave year (a calendar year), pro-rated for joiners,
/// unused days carried into the next year up to <see cref="CarryOverMaxDays"/>, carried days lapsing after
/// <see cref="CarryOverExpiryMonths"/>.
/// </summary>
public sealed class LeaveType : IVersioned
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;
    public const decimal MaxDaysPerYear = 366;

    public Guid Id { get; set; }

    /// <summary>A short unique code (e.g. ANNUAL), used by exports and events.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public LeaveKind Kind { get; set; }

    public bool IsPaid { get; set; }

    /// <summary>Whether requests take days from a balance (annual leave) or are only recorded (sick, unpaid).</summary>
    public bool UsesBalance { get; set; }

    /// <summary>Days granted at the start of each leave year (0.5 steps); only for types that use a balance.</summary>
    public decimal DaysPerYear { get; set; }

    /// <summary>Whether someone who starts (or leaves) during the year gets only the share of the year they work.</summary>
    public bool ProRateForJoiners { get; set; }

    /// <summary>The most unused days that move into the next year; 0 means unused days lapse at year end.</summary>
    public decimal CarryOverMaxDays { get; set; }

    /// <summary>Months after the start of the next year after which unused carried days lapse; null: they never lapse.</summary>
    public int? CarryOverExpiryMonths { get; set; }

    public bool AllowHalfDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
