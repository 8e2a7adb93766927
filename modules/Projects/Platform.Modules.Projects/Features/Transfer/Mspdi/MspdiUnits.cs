using System.Xml;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// The units of MSPDI as MS Project writes them. Durations are ISO 8601 time spans of working time (PT40H0M0S is five
/// 8-hour days); link lags are integers in tenths of a minute, with a LagFormat saying in which unit the user entered
/// them. The module keeps whole working days, so everything is converted at 8 working hours a day (4,800 tenths of a
/// minute) and rounded to the nearest day, halves away from zero. Elapsed formats count 24-hour days, taken as working
/// days. Percentage lags (a share of the predecessor's duration) have no equivalent and are refused.
/// </summary>
internal static class MspdiUnits
{
    public const int MinutesPerDay = 480;

    /// <summary>Tenths of a minute in one 8-hour working day: the LinkLag of a one-day lag.</summary>
    public const int LagTenthsPerDay = MinutesPerDay * 10;

    /// <summary>Tenths of a minute in one elapsed (24-hour) day.</summary>
    public const int ElapsedLagTenthsPerDay = 24 * 60 * 10;

    /// <summary>The LagFormat (and DurationFormat) the export writes: days.</summary>
    public const int DaysFormat = 7;

    /// <summary>LagFormat codes of working-time units: m, h, d, w, mo and their estimated forms (m? … mo?).</summary>
    private static readonly Dictionary<int, string> WorkingFormats = new()
    {
        [3] = "minutes", [5] = "hours", [7] = "days", [9] = "weeks", [11] = "months",
        [35] = "minutes (estimated)", [37] = "hours (estimated)", [39] = "days (estimated)", [41] = "weeks (estimated)", [43] = "months (estimated)",
    };

    /// <summary>LagFormat codes of elapsed units: em, eh, ed, ew, emo and their estimated forms.</summary>
    private static readonly Dictionary<int, string> ElapsedFormats = new()
    {
        [4] = "elapsed minutes", [6] = "elapsed hours", [8] = "elapsed days", [10] = "elapsed weeks", [12] = "elapsed months",
        [36] = "elapsed minutes (estimated)", [38] = "elapsed hours (estimated)", [40] = "elapsed days (estimated)", [42] = "elapsed weeks (estimated)", [44] = "elapsed months (estimated)",
    };

    /// <summary>Percentage formats (%, e%, %?, e%?).</summary>
    private static readonly int[] PercentFormats = [19, 20, 51, 52];

    /// <summary>The lag in working days, or an error message for formats the module cannot represent.</summary>
    public static (int Days, string? Error) LagDays(long linkLag, int lagFormat)
    {
        if (WorkingFormats.ContainsKey(lagFormat))
        {
            return (RoundDays(linkLag, LagTenthsPerDay), null);
        }

        if (ElapsedFormats.ContainsKey(lagFormat))
        {
            return (RoundDays(linkLag, ElapsedLagTenthsPerDay), null);
        }

        return PercentFormats.Contains(lagFormat)
            ? (0, "Percentage lags are not supported; enter the lag as a duration (days, hours …).")
            : (0, $"LagFormat {lagFormat} is not a lag unit MS Project writes.");
    }

    /// <summary>The LinkLag of a lag of <paramref name="days"/> working days, in the days format.</summary>
    public static long LinkLagOf(int days) => (long)days * LagTenthsPerDay;

    /// <summary>Working days of an MSPDI duration (PT40H0M0S), or null when the text is not a duration.</summary>
    public static int? DurationDays(string text)
    {
        try
        {
            var span = XmlConvert.ToTimeSpan(text.Trim());
            return RoundDays((long)Math.Round(span.TotalMinutes), MinutesPerDay);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The MSPDI duration of <paramref name="days"/> working days: PT{8·days}H0M0S as MS Project writes it.</summary>
    public static string DurationOf(int days) => $"PT{days * (MinutesPerDay / 60)}H0M0S";

    /// <summary>Whole days, rounded to the nearest, halves away from zero (1.5 days → 2, -0.5 → -1).</summary>
    private static int RoundDays(long amount, int perDay) =>
        (int)Math.Clamp(Math.Round((decimal)amount / perDay, MidpointRounding.AwayFromZero), int.MinValue, int.MaxValue);

    /// <summary>MSPDI link Type: 0 FF, 1 FS, 2 SF, 3 SS.</summary>
    public static DependencyType? LinkType(int code) => code switch
    {
        0 => DependencyType.FinishToFinish,
        1 => DependencyType.FinishToStart,
        2 => DependencyType.StartToFinish,
        3 => DependencyType.StartToStart,
        _ => null,
    };

    public static int LinkTypeCode(DependencyType type) => type switch
    {
        DependencyType.FinishToFinish => 0,
        DependencyType.FinishToStart => 1,
        DependencyType.StartToFinish => 2,
        DependencyType.StartToStart => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
