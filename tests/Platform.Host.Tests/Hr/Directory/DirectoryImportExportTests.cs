using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Hr.Directory;

/// <summary>
/// The CSV import (dry run, upsert by number, managers from the same file in any order, all or nothing with per-row
/// errors) and the CSV/XLSX export, whose CSV imports back unchanged.
/// </summary>
public sealed class DirectoryImportExportTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_is_all_or_nothing_and_exports_import_back_unchanged(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var hr = await host.CreateAdministratorClientAsync();
        await hr.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG" });
        await hr.CreateAsync("/api/hr/locations", new { name = "Berlin", timeZoneId = "Europe/Berlin" });
        await hr.CreateAsync("/api/hr/employees", new { employeeNumber = "E1", firstName = "Cleo", lastName = "Chief", startDate = "2020-01-01" });

        // E2 reports to E3, who comes later in the file; E1 is stored and gets a title.
        const string file =
            "employeeNumber,firstName,lastName,startDate,jobTitle,departmentCode,managerNumber,locationName,skills\r\n" +
            "E2,Ana,Lima,2024-02-01,Developer,ENG,E3,Berlin,Go;SQL\r\n" +
            "E3,Tom,Tech,2021-01-01,CTO,ENG,E1,berlin,\r\n" +
            "E1,Cleo,Chief,2020-01-01,CEO,,,,\r\n";
        var dryRun = await ImportAsync(hr, file, dryRun: true, HttpStatusCode.OK);
        Assert.Equal((true, 2, 1, 0), Counts(dryRun));
        Assert.Equal(1, await TotalAsync(hr));

        Assert.Equal((false, 2, 1, 0), Counts(await ImportAsync(hr, file, dryRun: false, HttpStatusCode.OK)));
        var ana = (await hr.GetJsonAsync("/api/hr/employees?q=E2")).GetProperty("items")[0];
        var tom = (await hr.GetJsonAsync("/api/hr/employees?q=E3")).GetProperty("items")[0];
        Assert.Equal(tom.GetProperty("id").GetGuid(), ana.GetProperty("managerId").GetGuid());
        Assert.Equal(["Go", "SQL"], ana.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal((false, 0, 0, 3), Counts(await ImportAsync(hr, file, dryRun: false, HttpStatusCode.OK)));

        // One broken file: every problem is listed with row and column, and the good rows are not written either.
        const string broken =
            "employeeNumber,firstName,lastName,startDate,jobTitle,departmentCode,managerNumber\r\n" +
            "E4,New,Person,2025-01-01,Tester,ENG,E1\r\n" +
            "E1,Cleo,Chief,2020-01-01,Chair,,E2\r\n" +
            "E5,Bad,Refs,2025-13-01,,SALES,E404\r\n";
        var problem = await ImportAsync(hr, broken, dryRun: false, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("rowErrors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "managerNumber"), errors); // E1 → E2 → E3 → E1
        Assert.Contains((4, "startDate"), errors);
        Assert.Contains((4, "departmentCode"), errors);
        Assert.Contains((4, "managerNumber"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Contains("E1 → E2 → E3 → E1", problem.FieldErrors("rows[3].managerNumber"), StringComparison.Ordinal);
        Assert.Equal(3, await TotalAsync(hr));
        Assert.Equal("CEO", (await hr.GetJsonAsync("/api/hr/employees?q=E1")).GetProperty("items")[0].GetProperty("jobTitle").GetString());

        var notCsv = await hr.PostAsync("/api/hr/import/employees", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notCsv.StatusCode);

        // Export: the import's columns, work fields unless personal ones are asked for; the CSV imports back unchanged.
        await hr.PutCurrentAsync($"/api/hr/employees/{ana.GetProperty("id")}/personal", new { privateAddress = "Hidden Lane 1, Berlin", birthDate = "1990-01-02" }, readUrl: $"/api/hr/employees/{ana.GetProperty("id")}");
        var csv = await hr.GetAsync("/api/hr/export/employees");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("employeeNumber,firstName,lastName,workEmail,workPhone,jobTitle,departmentCode,managerNumber,locationName,startDate,employmentType,status,skills,endDate", lines[0]);
        Assert.Equal("E2,Ana,Lima,,,Developer,ENG,E3,Berlin,2024-02-01,FullTime,Active,Go;SQL,", lines[2]);
        Assert.DoesNotContain("Hidden", string.Join('\n', lines), StringComparison.Ordinal);

        var withPersonal = await hr.GetStringAsync("/api/hr/export/employees?includePersonal=true");
        Assert.Contains(",privateAddress,birthDate,emergencyContactName,emergencyContactPhone\r\n", withPersonal, StringComparison.Ordinal);
        Assert.Contains("\"Hidden Lane 1, Berlin\",1990-01-02", withPersonal, StringComparison.Ordinal);
        Assert.Equal((false, 0, 0, 3), Counts(await ImportAsync(hr, withPersonal, dryRun: false, HttpStatusCode.OK)));
        var filtered = await hr.GetStringAsync($"/api/hr/export/employees?departmentId={ana.GetProperty("departmentId")}");
        Assert.Equal(["E2", "E3"], filtered.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]));

        var xlsx = await hr.GetAsync("/api/hr/export/employees?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var workbook = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var sheetText = string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("managerNumber", sheetText, StringComparison.Ordinal);
        Assert.Contains("Lima", sheetText, StringComparison.Ordinal);
        await hr.GetJsonAsync("/api/hr/export/employees?format=pdf", HttpStatusCode.BadRequest);

        // Nothing matches: the files still name their columns.
        Assert.StartsWith("employeeNumber,", await hr.GetStringAsync("/api/hr/export/employees?q=nobody"), StringComparison.Ordinal);
        using var emptyBook = new ZipArchive(new MemoryStream(await hr.GetByteArrayAsync("/api/hr/export/employees?format=xlsx&q=nobody")), ZipArchiveMode.Read);
        Assert.Contains("managerNumber", string.Concat(emptyBook.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd())), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient http, string csv, bool dryRun, HttpStatusCode expected) =>
        await (await http.PostAsync($"/api/hr/import/employees?dryRun={dryRun}", new StringContent(csv, Encoding.UTF8, "text/csv"))).ReadJsonAsync(expected);

    private static (bool, int, int, int) Counts(JsonElement result) =>
        (result.GetProperty("dryRun").GetBoolean(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32());

    private static async Task<long> TotalAsync(HttpClient http) => (await http.GetJsonAsync("/api/hr/employees")).GetProperty("totalCount").GetInt64();
}
