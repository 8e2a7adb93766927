namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>Which halves of a day a request covers.</summary>
[Flags]
internal enum DayHalves
{
    None = 0,
    Morning = 1,
    Afternoon = 2,
    Both = Morning | Afternoon,
}

internal static class DayHalvesExtensions
{
    /// <summary>The share of the day covered: 1, 0.5 or 0.</summary>
    public static decimal Share(this DayHalves halves) => halves switch
    {
        DayHalves.Both => 1m,
        DayHalves.None => 0m,
        _ => 0.5m,
    };
}

/// <summary>
/// The dates of a request with the parts of its first and last day. On a one-day request both parts must be the same
/// (the whole day, the morning or the afternoon); over several days the first day can start in the afternoon and the
/// last day end at midday, every day in between is whole.
/// </summary>
internal sealed record LeavePeriod(DateOnly Start, DateOnly End, DayPart StartPart, DayPart EndPart)
{
    public bool IsHalfDayUsed => StartPart != DayPart.FullDay || EndPart != DayPart.FullDay;

    /// <summary>What is wrong with the parts, or null when they make sense (the dates are checked separately).</summary>
    public string? PartProblem()
    {
        if (Start == End)
        {
            return StartPart == EndPart
                ? null
                : "A one-day request covers the whole day, the morning or the afternoon: startPart and endPart must be the same.";
        }

        if (StartPart == DayPart.Morning)
        {
            return "startPart of a request over several days is FullDay or Afternoon (leave starting at midday); a morning off followed by more days is not one period.";
        }

        if (EndPart == DayPart.Afternoon)
        {
            return "endPart of a request over several days is FullDay or Morning (leave ending at midday).";
        }

        return null;
    }

    /// <summary>The halves of <paramref name="date"/> this period covers.</summary>
    public DayHalves CoverageOf(DateOnly date)
    {
        if (date < Start || date > End)
        {
            return DayHalves.None;
        }

        if (Start == End)
        {
            return Halves(StartPart);
        }

        if (date == Start)
        {
            return StartPart == DayPart.Afternoon ? DayHalves.Afternoon : DayHalves.Both;
        }

        if (date == End)
        {
            return EndPart == DayPart.Morning ? DayHalves.Morning : DayHalves.Both;
        }

        return DayHalves.Both;
    }

    /// <summary>Whether both periods cover the same half of some day (a morning and an afternoon off do not overlap).</summary>
    public bool Overlaps(LeavePeriod other)
    {
        var from = Start > other.Start ? Start : other.Start;
        var to = End < other.End ? End : other.End;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if ((CoverageOf(date) & other.CoverageOf(date)) != DayHalves.None)
            {
                return true;
            }
        }

        return false;
    }

    private static DayHalves Halves(DayPart part) => part switch
    {
        DayPart.Morning => DayHalves.Morning,
        DayPart.Afternoon => DayHalves.Afternoon,
        _ => DayHalves.Both,
    };
}
