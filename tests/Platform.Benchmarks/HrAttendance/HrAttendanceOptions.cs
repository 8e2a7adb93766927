using System.Globalization;

namespace Platform.Benchmarks.HrAttendance;

/// <summary>`hr-attendance [--employees 1000] [--runs 5] [--month 2026-10] [--work DIR]`</summary>
internal sealed record HrAttendanceOptions(int Employees, int Runs, DateOnly Month, string WorkDirectory)
{
    public static HrAttendanceOptions Parse(string[] args)
    {
        var options = new HrAttendanceOptions(1000, 5, new DateOnly(2026, 10, 1), Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--employees" => options with { Employees = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--month" => options with { Month = DateOnly.ParseExact(args[++i] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Employees < 1 || options.Runs < 1 ? throw new ArgumentException("--employees and --runs must be at least 1.") : options;
    }
}
