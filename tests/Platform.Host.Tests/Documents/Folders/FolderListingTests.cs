using System.Net;
using System.Text;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Folders;

/// <summary>A folder's contents: folders first, then documents, sorted, filtered and paged with stable pages.</summary>
public sealed class FolderListingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Children_list_folders_first_then_documents_sorted_filtered_and_paged(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var box = await DocumentsTestHost.CreateFolderAsync(admin, root, "Box");
        await DocumentsTestHost.CreateFolderAsync(admin, box, "b-sub");
        await DocumentsTestHost.CreateFolderAsync(admin, box, "A-sub");
        var pdf = (await DocumentsTestHost.UploadAsync(admin, box, "a.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"))).GetProperty("id").GetGuid();
        var big = (await DocumentsTestHost.UploadAsync(admin, box, "B.txt", Encoding.UTF8.GetBytes(new string('b', 400)))).GetProperty("id").GetGuid();
        var small = (await DocumentsTestHost.UploadAsync(admin, box, "c.txt", "c"u8.ToArray())).GetProperty("id").GetGuid();
        // The types the upload's content sniffing gives such files, fixed here so this test depends on the listing only.
        await documents.Host.UpdateAsync("Document", pdf, new Dictionary<string, object?> { ["ContentType"] = "application/pdf" });
        await documents.Host.UpdateAsync("Document", big, new Dictionary<string, object?> { ["ContentType"] = "text/plain" });
        await documents.Host.UpdateAsync("Document", small, new Dictionary<string, object?> { ["ContentType"] = "text/markdown" });
        var url = $"/api/documents/folders/{box}/children";
        await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/documents/{big}", $"/api/documents/documents/{big}", new { tags = new[] { "Invoice", "2026" } }, HttpStatusCode.OK);
        await admin.SendCurrentAsync(HttpMethod.Patch, $"/api/documents/documents/{pdf}", $"/api/documents/documents/{pdf}", new { tags = new[] { "invoice" } }, HttpStatusCode.OK);

        var all = await admin.GetJsonAsync(url);
        Assert.Equal(["A-sub", "b-sub", "a.pdf", "B.txt", "c.txt"], all.Names());
        Assert.Equal(["folder", "folder", "document", "document", "document"], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal(["2026", "Invoice"], all.GetProperty("items")[3].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["b-sub", "A-sub", "c.txt", "B.txt", "a.pdf"], (await admin.GetJsonAsync($"{url}?sort=-name")).Names());
        Assert.Equal(["A-sub", "b-sub", "c.txt", "a.pdf", "B.txt"], (await admin.GetJsonAsync($"{url}?sort=length")).Names());
        Assert.Equal(["b-sub", "A-sub", "B.txt", "c.txt", "a.pdf"], (await admin.GetJsonAsync($"{url}?sort=-type")).Names());

        // Pages continue from folders into documents; the total counts both.
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await admin.GetJsonAsync($"{url}?pageSize=2&page={page}");
            Assert.Equal(5, result.GetProperty("totalCount").GetInt64());
            pages.AddRange(result.Names());
        }

        Assert.Equal(all.Names(), pages);

        Assert.Equal(["a.pdf"], (await admin.GetJsonAsync($"{url}?type=application/pdf")).Names());
        Assert.Equal(["B.txt", "c.txt"], (await admin.GetJsonAsync($"{url}?type=text/*")).Names());
        Assert.Equal(["A-sub", "b-sub"], (await admin.GetJsonAsync($"{url}?type=folder")).Names());
        var tagged = await admin.GetJsonAsync($"{url}?tag=INVOICE");
        Assert.Equal(["a.pdf", "B.txt"], tagged.Names());
        Assert.Equal(2, tagged.GetProperty("totalCount").GetInt64());

        Assert.Contains("Allowed", (await admin.GetJsonAsync($"{url}?sort=colour", HttpStatusCode.BadRequest)).FieldErrors("sort"));
        Assert.NotEmpty((await admin.GetJsonAsync($"{url}?pageSize=500", HttpStatusCode.BadRequest)).FieldErrors("pageSize"));
        Assert.NotEmpty((await admin.GetJsonAsync($"{url}?type=pdf", HttpStatusCode.BadRequest)).FieldErrors("type"));
        await admin.GetJsonAsync($"/api/documents/folders/{Guid.NewGuid()}/children", HttpStatusCode.NotFound);
    }
}
