using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Documents.Folders;
using Platform.Host.Tests.Infrastructure;
using Platform.Modules.Documents.Tests.Search;

namespace Platform.Host.Tests.Documents.Search;

/// <summary>
/// Search end to end: files uploaded through the API are indexed from the module's events (words inside PDFs and Word
/// files), ranked with name hits first, filtered, paged and snippeted; access is applied inside the query; renames,
/// deletions and a rebuild keep the index true.
/// </summary>
public sealed class SearchTests
{
    private static readonly TimeSpan IndexingBound = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Words_inside_pdf_and_word_files_are_found_name_hits_first_with_snippets_filters_and_paging(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var finance = await DocumentsTestHost.CreateFolderAsync(admin, root, "Finance");
        var hr = await DocumentsTestHost.CreateFolderAsync(admin, root, "People");

        var pdf = await UploadAsync(admin, finance, "Q3 review.pdf", SearchTestFiles.Pdf("Quarterly budget review", "Zebra crossing costs rose"), "application/pdf");
        var docx = (await DocumentsTestHost.UploadAsync(admin, hr, "Contract.docx", SearchTestFiles.Docx("Employment contract", "The budget for <training> & travel"))).GetProperty("id").GetGuid();
        var named = (await DocumentsTestHost.UploadAsync(admin, finance, "Budget 2026.txt", Encoding.UTF8.GetBytes("Figures follow."))).GetProperty("id").GetGuid();

        var zebra = await SearchUntilAsync(admin, "q=zebra", r => r.GetProperty("totalCount").GetInt64() == 1);
        var hit = Assert.Single(zebra.GetProperty("items").EnumerateArray());
        Assert.Equal(pdf, hit.GetProperty("id").GetGuid());
        Assert.EndsWith(" / Finance", hit.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>Zebra</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var employment = await SearchUntilAsync(admin, "q=employment", r => r.GetProperty("totalCount").GetInt64() == 1);
        Assert.Equal(docx, employment.GetProperty("items")[0].GetProperty("id").GetGuid());
        await SearchUntilAsync(admin, "q=figures", r => r.GetProperty("totalCount").GetInt64() == 1);

        // "budget" is in one name and in two contents: the name hit comes first; snippets are escaped HTML.
        var budget = await admin.GetJsonAsync("/api/documents/search?q=budget");
        Assert.Equal(3, budget.GetProperty("totalCount").GetInt64());
        var ids = budget.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(named, ids[0]);
        Assert.True(budget.GetProperty("items")[0].GetProperty("nameMatched").GetBoolean());
        Assert.Equal(new[] { docx, pdf }.Order(), ids.Skip(1).Order());
        var contract = budget.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == docx);
        // Markup in a file's text never reaches the client as markup (PostgreSQL's headline drops tag-like text, SQLite escapes it).
        Assert.Contains("<mark>budget</mark>", contract.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<training>", contract.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        // Prefixes, phrases, exclusions.
        Assert.Equal([pdf], await IdsAsync(admin, "q=quarterly%20bud"));
        Assert.Equal(1, (await admin.GetJsonAsync("/api/documents/search?q=%22budget%20review%22")).GetProperty("totalCount").GetInt64());
        Assert.Equal(0, (await admin.GetJsonAsync("/api/documents/search?q=%22review%20budget%22")).GetProperty("totalCount").GetInt64());
        Assert.Equal(2, (await admin.GetJsonAsync("/api/documents/search?q=budget%20-zebra")).GetProperty("totalCount").GetInt64());
        // A longer prefix (searched as the whole words it begins, on SQLite) and a prefix inside a name.
        Assert.Equal([pdf], await IdsAsync(admin, "q=quarte"));
        Assert.Equal([named], await IdsAsync(admin, "q=figures%202026%20budg"));

        // A name hit holds every searched term in its name: "Budget 2026" is one for "budget 2026", not for "budget figures".
        var both = await admin.GetJsonAsync("/api/documents/search?q=budget%202026");
        Assert.True(both.GetProperty("items")[0].GetProperty("nameMatched").GetBoolean());
        var figures = await admin.GetJsonAsync("/api/documents/search?q=budget%20figures");
        Assert.Equal(named, figures.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.False(figures.GetProperty("items")[0].GetProperty("nameMatched").GetBoolean());

        // Filters: folder (and below), type, author, modification time; paging keeps the total.
        Assert.Equal([named, pdf], await IdsAsync(admin, $"q=budget&folderId={finance}"));
        Assert.Equal([docx], await IdsAsync(admin, $"q=budget&folderId={hr}"));
        Assert.Equal(3, (await IdsAsync(admin, $"q=budget&folderId={root}")).Count);
        Assert.Equal([pdf], await IdsAsync(admin, "q=budget&type=pdf"));
        Assert.Equal([pdf], await IdsAsync(admin, "q=budget&type=application/pdf"));
        Assert.Empty(await IdsAsync(admin, $"q=budget&authorId={Guid.NewGuid()}"));
        Assert.Empty(await IdsAsync(admin, $"q=budget&modifiedFrom={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}"));
        Assert.Equal(3, (await IdsAsync(admin, $"q=budget&modifiedFrom={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}")).Count);
        var second = await admin.GetJsonAsync("/api/documents/search?q=budget&page=2&pageSize=2");
        Assert.Equal(3, second.GetProperty("totalCount").GetInt64());
        Assert.Single(second.GetProperty("items").EnumerateArray());

        // Bad input is a 400 naming the field, never an engine error; an unknown folder is a 404.
        foreach (var bad in new[] { "q=%22unclosed", "q=", "q=-only", "q=***", "q=x&type=movie", "q=x&pageSize=1000" })
        {
            var problem = await admin.GetJsonAsync($"/api/documents/search?{bad}", HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), bad);
        }

        await admin.GetJsonAsync("/api/documents/search?q=NEAR(a%20b)%20AND%20%7BName%7D:%20x*%20%5E", HttpStatusCode.OK);
        await admin.GetJsonAsync($"/api/documents/search?q=budget&folderId={Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hits_respect_folder_access_and_renames_deletions_and_a_rebuild_keep_the_index_true(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var rows = new SearchRows(documents.Host);
        var admin = await documents.AdministratorAsync();
        var (_, employee) = await documents.UserAsync("erin");
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var open = await DocumentsTestHost.CreateFolderAsync(admin, root, "Handbook");
        var board = await DocumentsTestHost.CreateFolderAsync(admin, root, "Board");
        var inside = await DocumentsTestHost.CreateFolderAsync(admin, board, "Minutes");
        await rows.CloseFolderAsync(board);

        var visible = (await DocumentsTestHost.UploadAsync(admin, open, "Holidays.txt", Encoding.UTF8.GetBytes("merger of the holiday calendars"))).GetProperty("id").GetGuid();
        var secret = (await DocumentsTestHost.UploadAsync(admin, inside, "Plans.txt", Encoding.UTF8.GetBytes("merger talks with a competitor"))).GetProperty("id").GetGuid();
        await SearchUntilAsync(admin, "q=merger", r => r.GetProperty("totalCount").GetInt64() == 2);

        // The employee reads the company space but not the board's folders: no hit, no count, not by folder either.
        Assert.Equal([visible], await IdsAsync(employee, "q=merger"));
        Assert.Equal(1, (await employee.GetJsonAsync("/api/documents/search?q=merger")).GetProperty("totalCount").GetInt64());
        Assert.Empty(await IdsAsync(employee, "q=competitor"));
        await employee.GetJsonAsync($"/api/documents/search?q=merger&folderId={inside}", HttpStatusCode.NotFound);
        await employee.PostJsonAsync("/api/documents/search/rebuild", new { }, HttpStatusCode.Forbidden);

        // A rename is found by its new name only; a deleted document is gone.
        await rows.RenameAsync(visible, "Vacation rules.txt");
        await SearchUntilAsync(admin, "q=vacation", r => r.GetProperty("totalCount").GetInt64() == 1);
        Assert.Empty(await IdsAsync(admin, "q=holidays"));
        await rows.DeleteAsync(secret);
        Assert.Equal([visible], await IdsAsync(admin, "q=merger")); // hidden at once: the rows decide
        await StatusUntilAsync(admin, s => s.GetProperty("indexed").GetInt64() == 1);

        // A rebuild fills an emptied index again and reports its progress.
        await rows.ClearIndexAsync();
        Assert.Empty(await IdsAsync(admin, "q=merger"));
        var started = await admin.PostJsonAsync("/api/documents/search/rebuild", new { }, HttpStatusCode.Accepted);
        Assert.Equal(1, started.GetProperty("documents").GetInt64());
        var done = await StatusUntilAsync(admin, s => s.GetProperty("rebuild").GetProperty("state").GetString() == "Completed");
        Assert.Equal((1L, 0L, 0), (done.GetProperty("indexed").GetInt64(), done.GetProperty("pending").GetInt64(), done.GetProperty("rebuild").GetProperty("failed").GetInt32()));
        Assert.Equal([visible], await IdsAsync(employee, "q=merger"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_word_in_more_documents_than_are_ranked_gives_the_newest_keeps_name_hits_first_and_says_the_count_is_a_lower_bound(string provider)
    {
        using var documents = new DocumentsTestHost(provider, settings: new Dictionary<string, string?> { ["Modules:documents:SearchRankedMatches"] = "3" });
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var reports = await DocumentsTestHost.CreateFolderAsync(admin, root, "Reports");
        var archive = await DocumentsTestHost.CreateFolderAsync(admin, root, "Archive");

        // The oldest document is named after the word; five newer ones only contain it, the two newest in the archive.
        var named = (await DocumentsTestHost.UploadAsync(admin, reports, "Memo.txt", Encoding.UTF8.GetBytes("see attachments"))).GetProperty("id").GetGuid();
        await SearchUntilAsync(admin, "q=attachments", r => r.GetProperty("totalCount").GetInt64() == 1);
        var contents = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var folder = i < 3 ? reports : archive;
            contents.Add((await DocumentsTestHost.UploadAsync(admin, folder, $"Note {i}.txt", Encoding.UTF8.GetBytes($"memo number marker{i}"))).GetProperty("id").GetGuid());

            // Indexed one by one, so the entries are in upload order.
            await SearchUntilAsync(admin, $"q=marker{i}", r => r.GetProperty("totalCount").GetInt64() == 1);
        }

        // Three newest by content, plus the name hit from its own window: four hits, the name first, more exist.
        var all = await admin.GetJsonAsync("/api/documents/search?q=memo");
        Assert.False(all.GetProperty("totalCountIsExact").GetBoolean());
        Assert.Equal(4, all.GetProperty("totalCount").GetInt64());
        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(named, ids[0]);
        Assert.Equal(contents.TakeLast(3).Order(), ids.Skip(1).Order());

        // Within the archive the word is in two documents: both ranked, the count exact.
        var inArchive = await admin.GetJsonAsync($"/api/documents/search?q=memo&folderId={archive}");
        Assert.True(inArchive.GetProperty("totalCountIsExact").GetBoolean());
        Assert.Equal(contents.TakeLast(2).Order(), inArchive.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());

        // More name hits than the name window (a fifth of 3: one) but fewer matches than the content window: all are
        // counted, once each, and the count is exact.
        var minutes = await DocumentsTestHost.CreateFolderAsync(admin, root, "Minutes");
        await DocumentsTestHost.UploadAsync(admin, minutes, "Memo plan.txt", Encoding.UTF8.GetBytes("first"));
        await DocumentsTestHost.UploadAsync(admin, minutes, "Memo list.txt", Encoding.UTF8.GetBytes("second"));
        var twoNames = await SearchUntilAsync(admin, $"q=memo&folderId={minutes}", r => r.GetProperty("totalCount").GetInt64() == 2);
        Assert.True(twoNames.GetProperty("totalCountIsExact").GetBoolean());
        Assert.Equal(2, twoNames.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Distinct().Count());

        // A moved folder takes its documents' scope along: found below the new parent, no longer below the old one.
        await admin.SendCurrentAsync(HttpMethod.Post, $"/api/documents/folders/{archive}", $"/api/documents/folders/{archive}/move", new { targetFolderId = reports }, HttpStatusCode.OK);
        var below = await SearchUntilAsync(admin, $"q=number&folderId={reports}", r => r.GetProperty("totalCount").GetInt64() == 3 && r.GetProperty("totalCountIsExact").GetBoolean() == false);
        Assert.Equal(contents.TakeLast(3).Order(), below.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
        await SearchUntilAsync(admin, $"q=number&folderId={archive}", r => r.GetProperty("totalCount").GetInt64() == 2);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid folderId, string name, byte[] content, string contentType)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await client.PostAsync($"/api/documents/folders/{folderId}/files?name={Uri.EscapeDataString(name)}", body);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/api/documents/search?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    // Indexing follows the events; poll with a bound rather than sleeping a fixed time.
    private static Task<JsonElement> SearchUntilAsync(HttpClient client, string query, Func<JsonElement, bool> done) =>
        PollAsync(() => client.GetJsonAsync($"/api/documents/search?{query}"), done, query);

    private static Task<JsonElement> StatusUntilAsync(HttpClient client, Func<JsonElement, bool> done) =>
        PollAsync(() => client.GetJsonAsync("/api/documents/search/status"), done, "status");

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var result = await read();
            if (done(result))
            {
                return result;
            }

            Assert.True(clock.Elapsed < IndexingBound, $"{what} did not reach the expected state in {IndexingBound}: {result}");
            await Task.Delay(100);
        }
    }
}
