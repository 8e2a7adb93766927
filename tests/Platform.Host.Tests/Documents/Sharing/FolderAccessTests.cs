using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Documents.Sharing.SharingRequests;

namespace Platform.Host.Tests.Documents.Sharing;

/// <summary>
/// Per-folder access: entries inherited down the tree with overrides, folders that start afresh, 404 for what one may
/// not read and 403 for what one may read but not change, and every read path of the module agreeing with that.
/// </summary>
public sealed class FolderAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Entries_are_inherited_with_overrides_and_no_read_path_shows_what_a_user_may_not_open(string provider)
    {
        using var documents = new DocumentsTestHost(provider, withHr: true);
        var admin = await documents.AdministratorAsync();
        var engineering = await admin.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG" });
        var backend = await admin.CreateAsync("/api/hr/departments", new { name = "Backend", code = "BE", parentId = engineering });
        var sales = await admin.CreateAsync("/api/hr/departments", new { name = "Sales", code = "SAL" });
        var (anaId, ana) = await documents.EmployeeAsync(admin, "ana", "E1", engineering);
        var (benId, ben) = await documents.EmployeeAsync(admin, "ben", "E2", backend);
        var (_, sid) = await documents.EmployeeAsync(admin, "sid", "E3", sales);
        var (patId, pat) = await documents.UserAsync("pat");

        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var team = await DocumentsTestHost.CreateFolderAsync(admin, root, "Engineering");
        var secret = await DocumentsTestHost.CreateFolderAsync(admin, team, "Private");
        var closed = await DocumentsTestHost.CreateFolderAsync(admin, team, "Closed");
        var teamDoc = await UploadAsync(admin, team, "plan.txt");
        var secretDoc = await UploadAsync(admin, secret, "salaries.txt");
        var closedDoc = await UploadAsync(admin, closed, "board.txt");

        // Engineering (and Backend below it) writes in its folder; nobody else sees it. Below, Private withdraws the
        // department's entry and lets pat read in person; Closed starts afresh with ana as its only manager.
        await admin.SetAccessAsync(team, true, Entry("Everyone", "None"), Entry("Department", "Write", engineering));
        await admin.SetAccessAsync(secret, true, Entry("Department", "None", engineering), Entry("Person", "Read", patId));
        await admin.SetAccessAsync(closed, false, Entry("Person", "Manage", anaId));

        await UploadAsync(ben, team, "from-backend.txt");
        foreach (var (client, document, visible) in new[]
        {
            (ben, teamDoc, true), (sid, teamDoc, false), (pat, teamDoc, false),
            (ana, secretDoc, false), (ben, secretDoc, false), (pat, secretDoc, true), (sid, secretDoc, false),
            (ana, closedDoc, true), (ben, closedDoc, false), (pat, closedDoc, false),
        })
        {
            var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            await client.GetJsonAsync($"/api/documents/documents/{document}", expected);
            Assert.Equal(expected, (await client.GetAsync($"/api/documents/documents/{document}/content")).StatusCode);
        }

        // 404 for what one may not read, 403 for what one may read but not change.
        await DocumentsTestHost.UploadAsync(sid, team, "x.txt", [1], HttpStatusCode.NotFound);
        await DocumentsTestHost.UploadAsync(pat, secret, "x.txt", [1], HttpStatusCode.Forbidden);
        await ben.GetJsonAsync($"/api/documents/folders/{team}/access", HttpStatusCode.Forbidden);
        await sid.GetJsonAsync($"/api/documents/folders/{team}/access", HttpStatusCode.NotFound);
        await ben.GetJsonAsync($"/api/documents/folders/{closed}/access", HttpStatusCode.NotFound);
        Assert.Equal("Manage", (await ana.GetJsonAsync($"/api/documents/folders/{closed}/access")).GetProperty("yourLevel").GetString());

        // The access page names principals and tells where inherited entries come from and which are overridden.
        var view = await admin.GetJsonAsync($"/api/documents/folders/{secret}/access");
        Assert.True(view.GetProperty("inheritsAccess").GetBoolean());
        Assert.Equal(["pat:Read", "Engineering:None"], Entries(view.GetProperty("entries")));
        var inherited = view.GetProperty("inherited").EnumerateArray().ToList();
        Assert.Equal(4, inherited.Count);
        var fromTeam = inherited.Single(e => e.GetProperty("principalKind").GetString() == "Department");
        Assert.Equal(("Engineering", "Write", "Engineering", true),
            (fromTeam.GetProperty("principalName").GetString(), fromTeam.GetProperty("level").GetString(), fromTeam.GetProperty("fromFolderName").GetString(), fromTeam.GetProperty("overridden").GetBoolean()));
        var everyone = inherited.Single(e => e.GetProperty("principalKind").GetString() == "Everyone");
        Assert.Equal((team, "None"), (everyone.GetProperty("fromFolderId").GetGuid(), everyone.GetProperty("level").GetString()));
        Assert.Contains(inherited, e => e.GetProperty("roleName").GetString() == "Manager" && e.GetProperty("fromFolderId").GetGuid() == root);
        Assert.Empty((await admin.GetJsonAsync($"/api/documents/folders/{closed}/access")).GetProperty("inherited").EnumerateArray());

        // Why a user has the level they have, by the same rules.
        var patCheck = await admin.GetJsonAsync($"/api/documents/folders/{secret}/access/check?userId={patId}");
        Assert.Equal(("Read", "Person", secret), (patCheck.GetProperty("level").GetString(), patCheck.GetProperty("decidedBy").GetProperty("principalKind").GetString(), patCheck.GetProperty("decidedBy").GetProperty("fromFolderId").GetGuid()));
        var benCheck = await admin.GetJsonAsync($"/api/documents/folders/{team}/access/check?userId={benId}");
        Assert.Equal(("Write", "Engineering", team), (benCheck.GetProperty("level").GetString(), benCheck.GetProperty("decidedBy").GetProperty("principalName").GetString(), benCheck.GetProperty("decidedBy").GetProperty("fromFolderId").GetGuid()));
        Assert.Equal([backend, engineering], benCheck.GetProperty("departments").EnumerateArray().Select(d => d.GetGuid()));
        Assert.Equal("None", (await admin.GetJsonAsync($"/api/documents/folders/{secret}/access/check?userId={benId}")).GetProperty("level").GetString());
        var asManager = await admin.GetJsonAsync($"/api/documents/folders/{secret}/access/check?userId={benId}&roles=Manager");
        Assert.Equal(("Write", "Manager"), (asManager.GetProperty("level").GetString(), asManager.GetProperty("decidedBy").GetProperty("principalName").GetString()));
        var missing = await admin.GetJsonAsync($"/api/documents/folders/{secret}/access/check?userId={Guid.NewGuid()}", HttpStatusCode.BadRequest);
        Assert.Contains("no user", missing.FieldErrors("userId"));
        await ben.GetJsonAsync($"/api/documents/folders/{team}/access/check?userId={benId}", HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Replacing_access_checks_every_entry_needs_the_current_etag_and_never_locks_the_caller_out(string provider)
    {
        using var documents = new DocumentsTestHost(provider, withHr: true);
        var admin = await documents.AdministratorAsync();
        var engineering = await admin.CreateAsync("/api/hr/departments", new { name = "Engineering", code = "ENG" });
        var (anaId, ana) = await documents.EmployeeAsync(admin, "ana", "E1", engineering);
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, root, "Projects");
        var url = $"/api/documents/folders/{folder}/access";

        var body = new { inheritsAccess = true, entries = new[] { Entry("Person", "Manage", anaId) } };
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, body, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var read = await admin.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, body, "\"999\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);

        var bad = await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, new
        {
            entries = new object?[]
            {
                Entry("Person", "Read", Guid.NewGuid()),
                Entry("Department", "Read", Guid.NewGuid()),
                Entry("Role", "Write", roleName: "manager"),
                Entry("Role", "Read", roleName: "Manager"),
                Entry("Everyone", "Owner"),
                Entry("Group", "Read"),
                Entry("Person", "Read"),
            },
        }, etag)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("required", bad.FieldErrors("inheritsAccess"));
        Assert.Contains("no user", bad.FieldErrors("entries[0].principalId"));
        Assert.Contains("no department", bad.FieldErrors("entries[1].principalId"));
        Assert.Contains("entries[2] already names this principal", bad.FieldErrors("entries[3]"));
        Assert.Contains("level must be", bad.FieldErrors("entries[4].level"));
        Assert.Contains("principalKind must be", bad.FieldErrors("entries[5].principalKind"));
        Assert.Contains("principalId", bad.FieldErrors("entries[6].principalId"));
        var unchanged = await admin.GetAsync(url);
        Assert.Equal(etag, unchanged.Headers.ETag!.Tag);
        Assert.Empty((await unchanged.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("entries").EnumerateArray());

        var given = await (await admin.SendWithIfMatchAsync(HttpMethod.Put, url, body, etag)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["ana Test:Manage"], Entries(given.GetProperty("entries")));
        var entryId = given.GetProperty("entries")[0].GetProperty("id").GetGuid();

        // Ana manages the folder in person: dropping that would lock her out, so it is refused; moving it to her department is not.
        var lockout = await ana.PutCurrentAsync(url, new { inheritsAccess = true, entries = new[] { Entry("Everyone", "Read") } }, HttpStatusCode.BadRequest);
        Assert.Contains("no longer manage", lockout.FieldErrors("entries"));
        var closedOff = await ana.PutCurrentAsync(url, new { inheritsAccess = false, entries = Array.Empty<object>() }, HttpStatusCode.BadRequest);
        Assert.Contains("no longer manage", closedOff.FieldErrors("entries"));
        var moved = await ana.PutCurrentAsync(url, new { inheritsAccess = false, entries = new[] { Entry("Department", "Manage", engineering), Entry("Person", "Read", anaId) } });
        Assert.Equal(["ana Test:Read", "Engineering:Manage"], Entries(moved.GetProperty("entries")));
        Assert.Equal(entryId, moved.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("principalKind").GetString() == "Person").GetProperty("id").GetGuid());
        Assert.False(moved.GetProperty("inheritsAccess").GetBoolean());
        Assert.Empty(moved.GetProperty("inherited").EnumerateArray());

        // An administrator holding documents.manage may leave a folder with no entries at all.
        var emptied = await admin.SetAccessAsync(folder, true);
        Assert.Empty(emptied.GetProperty("entries").EnumerateArray());
        await ana.GetJsonAsync(url, HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid folder, string name) =>
        (await DocumentsTestHost.UploadAsync(client, folder, name, Encoding.UTF8.GetBytes(name))).GetProperty("id").GetGuid();

    private static List<string> Entries(JsonElement entries) =>
        [.. entries.EnumerateArray().Select(e => $"{e.GetProperty("principalName").GetString()}:{e.GetProperty("level").GetString()}")];
}
