namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Numbers the working days of a calendar consecutively, so that "n working days later" is an addition. A working
/// day's ordinal is the count of working days before it since 0001-01-01 (a Monday). Outside the span of the
/// non-working dates the weekly pattern gives it in closed form; inside that span a table precomputed once gives it
/// directly, so every lookup is O(1).
/// </summary>
internal sealed class WorkingDayOrdinals
{
    private readonly bool[] _workingWeekday = new bool[7];
    private readonly int[] _workingBefore = new int[8];
    private readonly int[] _weekdayOfRank;
    private readonly int _perWeek;

    // The span [_first, _last] of the day numbers of non-working dates that fall on working weekdays.
    private readonly int _first;
    private readonly int _last;
    private readonly int[] _closedBefore;   // per day in the span: such dates strictly before it
    private readonly bool[] _closed;        // per day in the span: whether it is such a date
    private readonly int _closedCount;
    private readonly int _firstOrdinalInSpan;
    private readonly int[] _dayOfOrdinalInSpan;

    /// <param name="workingWeekdays">The weekdays worked; none at all is read as every day worked, so that dates always advance.</param>
    /// <param name="nonWorkingDates">Days off (holidays, the project's own); those on non-working weekdays change nothing.</param>
    public WorkingDayOrdinals(IEnumerable<DayOfWeek> workingWeekdays, IEnumerable<DateOnly> nonWorkingDates)
    {
        foreach (var day in workingWeekdays)
        {
            _workingWeekday[IndexOf(day)] = true;
        }

        if (!_workingWeekday.Contains(true))
        {
            Array.Fill(_workingWeekday, true);
        }

        var ranks = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            _workingBefore[i + 1] = _workingBefore[i] + (_workingWeekday[i] ? 1 : 0);
            if (_workingWeekday[i])
            {
                ranks.Add(i);
            }
        }

        _weekdayOfRank = [.. ranks];
        _perWeek = ranks.Count;

        var closed = nonWorkingDates.Select(d => d.DayNumber).Where(d => _workingWeekday[d % 7]).Distinct().Order().ToArray();
        _closedCount = closed.Length;
        if (closed.Length == 0)
        {
            _first = 1;
            _last = 0;
            _closedBefore = [];
            _closed = [];
            _dayOfOrdinalInSpan = [];
            return;
        }

        _first = closed[0];
        _last = closed[^1];
        var span = _last - _first + 1;
        _closedBefore = new int[span];
        _closed = new bool[span];
        foreach (var day in closed)
        {
            _closed[day - _first] = true;
        }

        for (var i = 1; i < span; i++)
        {
            _closedBefore[i] = _closedBefore[i - 1] + (_closed[i - 1] ? 1 : 0);
        }

        _firstOrdinalInSpan = WorkingBefore(_first);
        var days = new List<int>(span);
        for (var day = _first; day <= _last; day++)
        {
            if (_workingWeekday[day % 7] && !_closed[day - _first])
            {
                days.Add(day);
            }
        }

        _dayOfOrdinalInSpan = [.. days];
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var day = date.DayNumber;
        return _workingWeekday[day % 7] && !(day >= _first && day <= _last && _closed[day - _first]);
    }

    /// <summary>The ordinal of the first working day on or after <paramref name="date"/>.</summary>
    public int OnOrAfter(DateOnly date) => WorkingBefore(date.DayNumber);

    /// <summary>The ordinal of the last working day on or before <paramref name="date"/>.</summary>
    public int OnOrBefore(DateOnly date) => WorkingBefore(date.DayNumber + 1) - 1;

    /// <summary>The working day with ordinal <paramref name="ordinal"/>, clamped to the dates that exist.</summary>
    public DateOnly DateOf(int ordinal)
    {
        if (ordinal <= 0)
        {
            return DateOnly.FromDayNumber((int)FromWeeklyPattern(0));
        }

        long day;
        if (_closedCount == 0 || ordinal < _firstOrdinalInSpan)
        {
            day = FromWeeklyPattern(ordinal);
        }
        else if (ordinal - _firstOrdinalInSpan < _dayOfOrdinalInSpan.Length)
        {
            day = _dayOfOrdinalInSpan[ordinal - _firstOrdinalInSpan];
        }
        else
        {
            day = FromWeeklyPattern((long)ordinal + _closedCount);
        }

        return DateOnly.FromDayNumber((int)Math.Min(day, DateOnly.MaxValue.DayNumber));
    }

    /// <summary>Working days strictly before day number <paramref name="day"/>.</summary>
    private int WorkingBefore(int day)
    {
        var onWeekdays = (day / 7 * _perWeek) + _workingBefore[day % 7];
        if (_closedCount == 0 || day <= _first)
        {
            return onWeekdays;
        }

        return onWeekdays - (day > _last ? _closedCount : _closedBefore[day - _first]);
    }

    /// <summary>The day number of the working weekday with the given count of working weekdays before it.</summary>
    private long FromWeeklyPattern(long rank) => (rank / _perWeek * 7) + _weekdayOfRank[rank % _perWeek];

    /// <summary>Day numbers count from a Monday, so Monday is 0 and Sunday 6.</summary>
    private static int IndexOf(DayOfWeek day) => ((int)day + 6) % 7;
}
