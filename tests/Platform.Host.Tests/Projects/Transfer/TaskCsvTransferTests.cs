using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Projects.Transfer.TransferApi;

namespace Platform.Host.Tests.Projects.Transfer;

/// <summary>
/// The CSV import of tasks (dry run, all or nothing, every problem with its row and column) and the CSV/XLSX export in
/// the same columns, whose file imports back as the same tasks.
/// </summary>
public sealed class TaskCsvTransferTests : IDisposable
{
    private const string Header = "title,description,status,priority,assignees,start,due,duration,mode,estimate,remaining,progress,labels,parent,milestone,predecessors";

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
    public async Task A_dry_run_writes_nothing_the_import_creates_everything_and_the_export_imports_back_the_same(string provider)
    {
        var admin = await StartAsync(provider);
        await _host!.CreateUserAsync("alice", BuiltInRoles.Employee);
        var project = await admin.CreateProjectAsync("CSV");
        var file = "title,status,priority,assignees,start,due,duration,estimate,progress,labels,parent,milestone,predecessors\n"
            + "Phase 1,,,,,,,,,,,,\n"
            + "Design,In progress,High,alice@example.test,2027-01-04,,3,16.5,20,web;ux,1,Beta,\n"
            + "Build,,,,2027-01-11,2027-01-15,,,,,1,Beta,2FS+2\n"
            + "Review,Done,Low,,,,,,,,,,3SS-1;2\n";

        var dry = await (await admin.ImportCsvAsync(project, file, dryRun: true)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal((4, 3, 1), (dry.GetProperty("tasksCreated").GetInt32(), dry.GetProperty("dependenciesCreated").GetInt32(), dry.GetProperty("milestonesCreated").GetInt32()));
        Assert.Equal([Header], Lines(await admin.ExportCsvAsync(project)));

        var imported = await (await admin.ImportCsvAsync(project, file)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([1, 2, 3, 4], imported.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("number").GetInt32()));
        var exported = await admin.ExportCsvAsync(project);
        Assert.Equal(
            [
                Header,
                "Phase 1,,ToDo,Normal,,2027-01-04,2027-01-15,,Automatic,,,0,,,,",
                "Design,,InProgress,High,alice@example.test,2027-01-04,2027-01-06,3,Automatic,16.5,,20,ux;web,1,Beta,",
                "Build,,ToDo,Normal,,2027-01-11,2027-01-15,5,Automatic,,,0,,1,Beta,2FS+2",
                "Review,,Done,Low,,2027-01-08,2027-01-08,1,Automatic,,,0,,,,2;3SS-1",
            ],
            Lines(exported));

        // The exported file into another project gives the same tasks.
        var copy = await admin.CreateProjectAsync("COPY");
        await (await admin.ImportCsvAsync(copy, exported)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Lines(exported), Lines(await admin.ExportCsvAsync(copy)));

        // A second import appends, numbering on; multipart uploads work as well as raw bodies.
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes("title\nLater\n"));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "tasks.csv");
        var appended = await (await admin.PostAsync($"/api/projects/projects/{project}/tasks/import", form)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, appended.GetProperty("tasks")[0].GetProperty("number").GetInt32());

        var xlsx = await admin.GetAsync($"/api/projects/projects/{project}/tasks/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var sheet = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Phase 1", "Design", "Build", "Review", "Later"], sheet.Select(r => r["title"]?.ToString()));
        Assert.Equal("2FS+2", sheet[2]["predecessors"]?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_broken_rows_is_refused_whole_with_every_problem_and_nothing_is_written(string provider)
    {
        var admin = await StartAsync(provider);
        var project = await admin.CreateProjectAsync("BAD");
        var file = "title,status,assignees,start,due,predecessors\n"
            + "Good,,,,,\n"
            + ",Sleeping,nobody@example.test,2027-02-30,,\n"
            + $"Bad dates,,department:{Guid.NewGuid()},2027-01-10,2027-01-01,\n"
            + "Loop A,,,,,5\n"
            + "Loop B,,,,,4FS+1\n";
        var problem = await (await admin.ImportCsvAsync(project, file)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["rows[2].assignees", "rows[2].start", "rows[2].status", "rows[2].title", "rows[3].assignees", "rows[3].due", "rows[4].predecessors"],
            ErrorFields(problem));
        Assert.Contains("cycle", problem.GetProperty("errors").GetProperty("rows[4].predecessors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(7, problem.GetProperty("rowErrors").GetArrayLength());
        Assert.Equal(2, problem.GetProperty("rowErrors")[0].GetProperty("row").GetInt32());

        // The whole file or nothing: the good row was not written either, in a dry run or not.
        await (await admin.ImportCsvAsync(project, file, dryRun: true)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([Header], Lines(await admin.ExportCsvAsync(project)));

        var header = await (await admin.ImportCsvAsync(project, "name,when\nA,B\n")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("header.name", ErrorFields(header));
        var json = await (await admin.PostAsync($"/api/projects/projects/{project}/tasks/import", new StringContent("{}", Encoding.UTF8, "application/json"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["file"], ErrorFields(json));
        var huge = await (await admin.ImportCsvAsync(project, "title\n" + new string('x', 5 * 1024 * 1024))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["file"], ErrorFields(huge));
        Assert.Equal([Header], Lines(await admin.ExportCsvAsync(project)));
        await admin.GetJsonAsync($"/api/projects/projects/{project}/tasks/export?format=pdf", HttpStatusCode.BadRequest);
        await admin.GetJsonAsync($"/api/projects/projects/{Guid.NewGuid()}/tasks/export", HttpStatusCode.NotFound);
    }
}
