using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Demo;

/// <summary>A new installation in Development opens on real files: demo folders with PDF, Word and Markdown documents.</summary>
public sealed class DocumentsDemoDataTests
{
    [Fact]
    public async Task Demo_folders_hold_real_PDF_and_Word_files_that_download_intact()
    {
        using var documents = new DocumentsTestHost("sqlite", settings: new Dictionary<string, string?> { ["Modules:documents:SeedDemoData"] = "true" });
        var admin = await documents.AdministratorAsync();
        var root = await DocumentsTestHost.CompanyRootAsync(admin);
        Assert.Equal(root, (await admin.GetJsonAsync("/api/documents/spaces")).EnumerateArray().Single().GetProperty("rootFolderId").GetGuid());

        var sqlite = Path.Combine(documents.DataPath, "documents.db");
        Assert.True(File.Exists(sqlite));
        var blobs = Directory.EnumerateFiles(documents.BlobsPath, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".tmp") && !f.Contains(".staging")).ToList();
        Assert.True(blobs.Count >= 7, $"{blobs.Count} blobs");
        Assert.All(blobs, blob => Assert.Equal(Path.GetFileName(blob), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(blob)))));

        var pdfs = blobs.Select(File.ReadAllBytes).Where(b => Encoding.ASCII.GetString(b, 0, 5) == "%PDF-").ToList();
        Assert.Equal(3, pdfs.Count);
        var word = blobs.Select(File.ReadAllBytes).Where(b => b[0] == 'P' && b[1] == 'K').ToList();
        Assert.Equal(3, word.Count);
        Assert.All(word, docx =>
        {
            using var zip = new ZipArchive(new MemoryStream(docx));
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        });

        // The code of conduct has a first draft, so a newcomer has a history to compare.
        var policies = await ChildAsync(admin, root, "Policies");
        var comparison = await admin.GetJsonAsync($"/api/documents/documents/{await ChildAsync(admin, policies, "Code of conduct.docx")}/versions/compare");
        var text = comparison.GetProperty("text");
        Assert.Equal(("Compared", 2, 1), (text.GetProperty("outcome").GetString(), text.GetProperty("linesAdded").GetInt32(), text.GetProperty("linesRemoved").GetInt32()));
        Assert.Contains("50 EUR", comparison.GetProperty("to").GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Guid> ChildAsync(HttpClient client, Guid folderId, string name) =>
        (await client.GetJsonAsync($"/api/documents/folders/{folderId}/children")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
}
