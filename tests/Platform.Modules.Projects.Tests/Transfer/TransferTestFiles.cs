using System.Text;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>The hand-written MSPDI test files, kept once under the host tests' Transfer/Data folder, and small files built inline.</summary>
internal static class TransferTestFiles
{
    public static byte[] EveryLinkType() => File.ReadAllBytes(Path.Combine(RepoRoot(), "tests", "Platform.Host.Tests", "Projects", "Transfer", "Data", "every-link-type.xml"));

    /// <summary>A minimal MSPDI file around the given task elements.</summary>
    public static byte[] Mspdi(string tasks, string? calendars = null) => Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Project xmlns="http://schemas.microsoft.com/project"><Name>T</Name>{calendars}<Tasks>{tasks}</Tasks></Project>""");

    public static string Task(int uid, string name, int level = 1, string extra = "") =>
        $"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>{level}</OutlineLevel><Duration>PT8H0M0S</Duration>{extra}</Task>";

    public static string Link(int predecessor, int type = 1, long lag = 0, int format = 7) =>
        $"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID><Type>{type}</Type><LinkLag>{lag}</LinkLag><LagFormat>{format}</LagFormat></PredecessorLink>";

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test output.");
    }
}
