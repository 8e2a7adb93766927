using System.Net;
using System.Text;
using System.Xml.Linq;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Projects.Transfer.TransferApi;

namespace Platform.Host.Tests.Projects.Transfer;

/// <summary>
/// MS Project XML: a file with every link type and lag format imports with its hierarchy, milestones, links and
/// calendar; import → export → import gives the same; hostile and broken files are refused and change nothing.
/// </summary>
public sealed class MspdiTransferTests : IDisposable
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";

    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    private async Task<HttpClient> StartAsync(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        return await _host.CreateAdministratorClientAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_link_type_and_lag_format_imports_and_import_export_import_gives_the_same_project(string provider)
    {
        var admin = await StartAsync(provider);
        var first = await admin.CreateProjectAsync("MSP");
        var file = TestFile("every-link-type.xml");

        var dry = await (await admin.ImportMspdiAsync(first, file, dryRun: true)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(12, dry.GetProperty("tasksCreated").GetInt32());
        Assert.Empty(Tasks(await admin.ExportMspdiAsync(first)));

        var imported = await (await admin.ImportMspdiAsync(first, file)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((12, 14, 1, 5), (imported.GetProperty("tasksCreated").GetInt32(), imported.GetProperty("dependenciesCreated").GetInt32(),
            imported.GetProperty("milestonesCreated").GetInt32(), imported.GetProperty("daysOffCreated").GetInt32()));
        Assert.Contains(imported.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Company day", StringComparison.Ordinal));

        var exported = await admin.ExportMspdiAsync(first);
        var tasks = Tasks(exported);
        Assert.Equal(
            ["1 Phase 1", "1.1 Requirements", "1.2 Design", "1.3 Design review", "2 Phase 2", "2.1 Build", "2.1.1 Build API", "2.1.2 Build UI", "2.2 Test",
             "2.3 Documentation", "2.4 Release preparation", "3 Retrospective", "4 Launch"],
            tasks.Select(t => $"{Value(t, "OutlineNumber")} {Value(t, "Name")}"));
        // Lags come back in days (LagFormat 7, 4,800 tenths of a minute a day), whatever unit the file used.
        Assert.Equal(
            ["3<2:1:9600", "4<3:3:4800", "6<3:0:-4800", "7<4:2:24000", "8<7:1:4800", "9<2:3:9600", "9<8:1:9600", "10<2:1:96000", "10<9:0:33600",
             "11<4:1:14400", "11<6:3:144000", "11<10:1:4800", "12<9:1:4800", "12<11:1:4800", "13<9:1:0", "13<11:1:0"],
            tasks.SelectMany(t => t.Elements(Ns + "PredecessorLink").Select(l =>
                $"{Value(t, "UID")}<{Value(l, "PredecessorUID")}:{Value(l, "Type")}:{Value(l, "LinkLag")}")).ToList());
        Assert.All(tasks.SelectMany(t => t.Elements(Ns + "PredecessorLink")), l => Assert.Equal("7", Value(l, "LagFormat")));
        var launch = tasks.Single(t => Value(t, "Name") == "Launch");
        Assert.Equal(("1", "PT0H0M0S", "2027-02-18T17:00:00"), (Value(launch, "Milestone"), Value(launch, "Duration"), Value(launch, "Finish")));
        var ui = tasks.Single(t => Value(t, "Name") == "Build UI");
        Assert.Equal(("1", "PT40H0M0S", "2027-01-25T08:00:00"), (Value(ui, "Manual"), Value(ui, "Duration"), Value(ui, "Start")));
        Assert.Equal(("100", "Gather the **requirements** from the stakeholders."), (Value(tasks[1], "PercentComplete"), Value(tasks[1], "Notes")));

        // Into an empty project and out again: the same tasks, hierarchy, milestones, links and calendar.
        var second = await admin.CreateProjectAsync("MSP2");
        await (await admin.ImportMspdiAsync(second, exported)).ReadJsonAsync(HttpStatusCode.OK);
        var again = await admin.ExportMspdiAsync(second);
        Assert.Equal(Section(exported, "Tasks"), Section(again, "Tasks"));
        Assert.Equal(Section(exported, "Calendars"), Section(again, "Calendars"));

        // Imported into a project that has days off already, the tasks are appended and the calendar is left alone.
        var appended = await (await admin.ImportMspdiAsync(first, exported)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((13, 0), (appended.GetProperty("tasks")[0].GetProperty("number").GetInt32(), appended.GetProperty("daysOffCreated").GetInt32()));
        Assert.Contains(appended.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("calendar", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hostile_and_broken_files_are_refused_with_400_and_nothing_is_written(string provider)
    {
        var admin = await StartAsync(provider);
        var project = await admin.CreateProjectAsync("EVIL");
        const string Root = "<Project xmlns=\"http://schemas.microsoft.com/project\">";
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY lol \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        }

        laughs.Append($"]>{Root}<Name>&lol9;</Name><Tasks><Task><UID>1</UID><Name>&lol9;</Name></Task></Tasks></Project>");
        var files = new Dictionary<string, string>
        {
            ["xxe"] = $"<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>{Root}<Tasks><Task><UID>1</UID><Name>&secret;</Name></Task></Tasks></Project>",
            ["billion laughs"] = laughs.ToString(),
            ["not XML"] = "title,due\nBuild,2027-01-01\n",
            ["wrong namespace"] = "<Project xmlns=\"urn:not-ms-project\"><Tasks><Task><UID>1</UID><Name>A</Name></Task></Tasks></Project>",
            ["unknown UID"] = $"{Root}<Tasks><Task><UID>1</UID><Name>A</Name><PredecessorLink><PredecessorUID>42</PredecessorUID><Type>1</Type></PredecessorLink></Task></Tasks></Project>",
            ["cycle"] = $"{Root}<Tasks><Task><UID>1</UID><Name>A</Name><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>"
                + "<Task><UID>2</UID><Name>B</Name><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task></Tasks></Project>",
            ["too large"] = $"{Root}<Name>{new string('x', 10 * 1024 * 1024)}</Name></Project>",
        };
        foreach (var (name, xml) in files)
        {
            var problem = await (await admin.ImportMspdiAsync(project, Encoding.UTF8.GetBytes(xml))).ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), name);
        }

        var cycle = await (await admin.ImportMspdiAsync(project, Encoding.UTF8.GetBytes(files["cycle"]))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("cycle", cycle.GetProperty("errors").GetProperty("tasks.predecessorLink")[0].GetString(), StringComparison.Ordinal);
        var unknown = await (await admin.ImportMspdiAsync(project, Encoding.UTF8.GetBytes(files["unknown UID"]))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["tasks[UID=1].predecessorLink"], ErrorFields(unknown));
        var xxe = await (await admin.ImportMspdiAsync(project, Encoding.UTF8.GetBytes(files["xxe"]))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain("root:", xxe.ToString(), StringComparison.Ordinal);

        var exported = await admin.ExportMspdiAsync(project);
        Assert.Empty(Tasks(exported));
        Assert.Empty(XDocument.Load(new MemoryStream(exported)).Root!.Element(Ns + "Calendars")!.Element(Ns + "Calendar")!.Element(Ns + "Exceptions")!.Elements());
    }

    private static List<XElement> Tasks(byte[] xml) => [.. XDocument.Load(new MemoryStream(xml)).Root!.Element(Ns + "Tasks")!.Elements(Ns + "Task")];

    private static string Section(byte[] xml, string name) => XDocument.Load(new MemoryStream(xml)).Root!.Element(Ns + name)!.ToString();

    private static string? Value(XElement parent, string name) => parent.Element(Ns + name)?.Value;
}
