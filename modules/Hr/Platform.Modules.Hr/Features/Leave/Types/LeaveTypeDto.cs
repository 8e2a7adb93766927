using Platform.Modules.Hr.Domain.Leave;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Types;

/// <summary>A leave type as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record LeaveTypeDto(
    Guid Id,
    string Code,
    string Name,
    LeaveKind Kind,
    bool IsPaid,
    bool UsesBalance,
    decimal DaysPerYear,
    bool ProRateForJoiners,
    decimal CarryOverMaxDays,
    int? CarryOverExpiryMonths,
    bool AllowHalfDays,
    long Version)
{
    public static LeaveTypeDto From(LeaveType t) =>
        new(t.Id, t.Code, t.Name, t.Kind, t.IsPaid, t.UsesBalance, t.DaysPerYear, t.ProRateForJoiners, t.CarryOverMaxDays, t.CarryOverExpiryMonths, t.AllowHalfDays, t.Version);
}

/// <summary>
/// The fields of a leave type, for create and update. Types that do not use a balance (sick, unpaid) ignore the
/// accrual fields; leaving them out takes the defaults: no grant, no carry-over, half days allowed.
/// </summary>
public sealed record LeaveTypeRequest(
    string Code,
    string Name,
    LeaveKind Kind,
    bool IsPaid = true,
    bool UsesBalance = false,
    decimal DaysPerYear = 0,
    bool ProRateForJoiners = true,
    decimal CarryOverMaxDays = 0,
    int? CarryOverExpiryMonths = null,
    bool AllowHalfDays = true);

internal static class LeaveTypeRules
{
    public static void Validate(LeaveTypeRequest request, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(request.Code) && request.Code.Trim().Length <= LeaveType.CodeMaxLength && request.Code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "code",
            $"code is required: 1-{LeaveType.CodeMaxLength} letters, digits, '-' or '_' (e.g. ANNUAL).");
        errors.Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= LeaveType.NameMaxLength, "name", $"name is required, at most {LeaveType.NameMaxLength} characters.");
        errors.Require(Enum.IsDefined(request.Kind), "kind", "kind is Annual, Sick, Unpaid or Custom.");
        errors.Require(request.DaysPerYear is >= 0 and <= LeaveType.MaxDaysPerYear && IsHalfDayStep(request.DaysPerYear), "daysPerYear",
            $"daysPerYear is 0 to {LeaveType.MaxDaysPerYear} in steps of 0.5.");
        errors.Require(request.CarryOverMaxDays is >= 0 and <= LeaveType.MaxDaysPerYear && IsHalfDayStep(request.CarryOverMaxDays), "carryOverMaxDays",
            $"carryOverMaxDays is 0 to {LeaveType.MaxDaysPerYear} in steps of 0.5.");
        errors.Require(request.CarryOverExpiryMonths is null or (>= 1 and <= 12), "carryOverExpiryMonths", "carryOverExpiryMonths is 1 to 12 (or null: carried days never lapse).");
        errors.Require(request.UsesBalance || (request.DaysPerYear == 0 && request.CarryOverMaxDays == 0 && request.CarryOverExpiryMonths is null), "usesBalance",
            "daysPerYear, carryOverMaxDays and carryOverExpiryMonths only apply to types that use a balance (usesBalance true).");
    }

    public static void Apply(LeaveTypeRequest request, LeaveType type)
    {
        type.Code = request.Code.Trim().ToUpperInvariant();
        type.Name = request.Name.Trim();
        type.Kind = request.Kind;
        type.IsPaid = request.IsPaid;
        type.UsesBalance = request.UsesBalance;
        type.DaysPerYear = request.DaysPerYear;
        type.ProRateForJoiners = request.ProRateForJoiners;
        type.CarryOverMaxDays = request.CarryOverMaxDays;
        type.CarryOverExpiryMonths = request.CarryOverExpiryMonths;
        type.AllowHalfDays = request.AllowHalfDays;
    }

    public static bool IsHalfDayStep(decimal days) => days * 2 == decimal.Truncate(days * 2);
}
