using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Documents.Sharing;
using Platform.Host.Tests.Infrastructure;
using Platform.Modules.Documents.Tests.Search;

namespace Platform.Host.Tests.Documents.Versions;

/// <summary>Comparing two versions of a document: their text line by line and word by word, for those who may read it.</summary>
public sealed class VersionCompareTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_current_version_is_compared_with_the_one_before_by_default_paragraph_by_paragraph_and_word_by_word(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var (readerId, reader) = await documents.UserAsync("rita");
        var (_, outsider) = await documents.UserAsync("otto");
        var folder = await DocumentsTestHost.CreateFolderAsync(admin, await DocumentsTestHost.CompanyRootAsync(admin), "Contracts");
        await admin.SetAccessAsync(folder, false, SharingRequests.Entry("Person", "Read", readerId));
        var id = (await DocumentsTestHost.UploadAsync(admin, folder, "Contract.docx",
            SearchTestFiles.Docx("Employment contract", "Notice period of three months.", "Signed in Lisbon."))).GetProperty("id").GetGuid();
        await DocumentsTestHost.UploadVersionAsync(admin, id,
            SearchTestFiles.Docx("Employment contract", "Notice period of six months.", "Signed in Lisbon.", "Annex: equipment."), comment: "Six months");

        var comparison = await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare");

        Assert.Equal((1, 2), (comparison.GetProperty("from").GetProperty("number").GetInt32(), comparison.GetProperty("to").GetProperty("number").GetInt32()));
        Assert.Equal("Six months", comparison.GetProperty("to").GetProperty("comment").GetString());
        Assert.False(comparison.GetProperty("sameContent").GetBoolean());
        var text = comparison.GetProperty("text");
        Assert.Equal(("Compared", 2, 1, false), (text.GetProperty("outcome").GetString(), text.GetProperty("linesAdded").GetInt32(),
            text.GetProperty("linesRemoved").GetInt32(), text.GetProperty("truncated").GetBoolean()));
        var lines = Assert.Single(text.GetProperty("hunks").EnumerateArray()).GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(
            ["Context Employment contract", "Removed Notice period of three months.", "Added Notice period of six months.",
                "Context Signed in Lisbon.", "Added Annex: equipment."],
            lines.Select(l => $"{l.GetProperty("kind").GetString()} {l.GetProperty("text").GetString()}"));
        Assert.Equal("three", Changed(lines[1]));
        Assert.Equal("six", Changed(lines[2]));
        Assert.Equal(JsonValueKind.Null, lines[4].GetProperty("changes").ValueKind);

        // Any two versions, either way round; a restore has the same bytes as the version it restored.
        await admin.PostJsonAsync($"/api/documents/documents/{id}/versions/1/restore", new { }, HttpStatusCode.Created);
        var backwards = await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare?from=2&to=1");
        Assert.Equal((1, 2), (backwards.GetProperty("text").GetProperty("linesAdded").GetInt32(), backwards.GetProperty("text").GetProperty("linesRemoved").GetInt32()));
        var restored = await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare?from=1");
        Assert.True(restored.GetProperty("sameContent").GetBoolean());
        Assert.Equal(("SameContent", 0L), (restored.GetProperty("text").GetProperty("outcome").GetString(), restored.GetProperty("lengthChange").GetInt64()));

        // Versions that are not there, a first version with nothing before it, and someone who may not read the folder.
        await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare?from=9", HttpStatusCode.NotFound);
        await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare?to=1", HttpStatusCode.BadRequest);
        await reader.GetJsonAsync($"/api/documents/documents/{id}/versions/compare?to=abc", HttpStatusCode.BadRequest);
        await outsider.GetJsonAsync($"/api/documents/documents/{id}/versions/compare", HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Versions_without_readable_text_say_why_and_text_files_compare_line_by_line(string provider)
    {
        using var documents = new DocumentsTestHost(provider);
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        var picture = (await DocumentsTestHost.UploadAsync(admin, root, "logo.png", Png)).GetProperty("id").GetGuid();
        await DocumentsTestHost.UploadVersionAsync(admin, picture, [.. Png, 1, 2, 3]);
        var notes = (await DocumentsTestHost.UploadAsync(admin, root, "notes.md", "# Notes\r\nfirst\r\nsecond\r\n"u8.ToArray())).GetProperty("id").GetGuid();
        await DocumentsTestHost.UploadVersionAsync(admin, notes, "# Notes\nfirst\nsecond, revised\n"u8.ToArray());

        var image = await admin.GetJsonAsync($"/api/documents/documents/{picture}/versions/compare");
        Assert.Equal("NoText", image.GetProperty("text").GetProperty("outcome").GetString());
        Assert.Contains("Version 1", image.GetProperty("text").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, image.GetProperty("lengthChange").GetInt64());

        var hunk = (await admin.GetJsonAsync($"/api/documents/documents/{notes}/versions/compare")).GetProperty("text").GetProperty("hunks")[0];
        Assert.Equal((1, 3, 1, 3), (hunk.GetProperty("fromStart").GetInt32(), hunk.GetProperty("fromCount").GetInt32(),
            hunk.GetProperty("toStart").GetInt32(), hunk.GetProperty("toCount").GetInt32()));
        Assert.Equal(["# Notes", "first", "second", "second, revised"], hunk.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()));
    }

    private static string Changed(JsonElement line)
    {
        var span = Assert.Single(line.GetProperty("changes").EnumerateArray());
        return line.GetProperty("text").GetString()!.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
    }
}
