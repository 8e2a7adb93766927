using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>A predecessor in a task file: the row it refers to, the link type and the lag in working days.</summary>
internal sealed record PredecessorRef(int Row, DependencyType Type, int LagDays);

/// <summary>
/// The predecessors cell, written as MS Project's Predecessors column: row references separated by ';' (or ','),
/// each a row number, an optional link type (FS, SS, FF, SF; FS when left out) and an optional lag in working days
/// with its sign and an optional "d" ("3", "3FS+2", "5SS-1d", "7FF+0").
/// </summary>
internal static partial class PredecessorNotation
{
    public static (List<PredecessorRef> Links, string? Error) Parse(string? cell)
    {
        var links = new List<PredecessorRef>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return (links, null);
        }

        foreach (var part in cell.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Pattern().Match(part);
            if (!match.Success
                || !int.TryParse(match.Groups["row"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                || !int.TryParse(match.Groups["lag"].Success ? match.Groups["lag"].Value.Replace(" ", "", StringComparison.Ordinal) : "0",
                    NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lag)
                || Math.Abs(lag) > MaxLagDays)
            {
                return (links, $"'{part}' is not a predecessor such as 3, 3FS, 3FS+2 or 5SS-1 (row, link type FS/SS/FF/SF, lag in working days up to {MaxLagDays}).");
            }

            var type = match.Groups["type"].Value.ToUpperInvariant() switch
            {
                "SS" => DependencyType.StartToStart,
                "FF" => DependencyType.FinishToFinish,
                "SF" => DependencyType.StartToFinish,
                _ => DependencyType.FinishToStart,
            };
            links.Add(new PredecessorRef(row, type, lag));
        }

        return (links, null);
    }

    /// <summary>The cell for <paramref name="links"/>: "3" for a plain finish-to-start link, "3SS+2" otherwise.</summary>
    public static string Format(IEnumerable<PredecessorRef> links) => string.Join(';', links.Select(Format));

    private static string Format(PredecessorRef link)
    {
        var type = link.Type switch
        {
            DependencyType.StartToStart => "SS",
            DependencyType.FinishToFinish => "FF",
            DependencyType.StartToFinish => "SF",
            _ => "FS",
        };
        return link.Type == DependencyType.FinishToStart && link.LagDays == 0
            ? link.Row.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{link.Row}{type}{(link.LagDays < 0 ? "-" : "+")}{Math.Abs(link.LagDays)}");
    }

    /// <summary>Ten years of working days: more is a typo, not a plan.</summary>
    public const int MaxLagDays = 2600;

    [GeneratedRegex(@"^(?<row>\d{1,7})\s*(?<type>FS|SS|FF|SF)?\s*(?<lag>[+-]\s*\d{1,7})?\s*(d|days?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
