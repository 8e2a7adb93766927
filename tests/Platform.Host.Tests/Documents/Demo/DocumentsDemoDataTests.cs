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
        Assert.True(blobs.Count >= 6, $"{blobs.Count} blobs");
        Assert.All(blobs, blob => Assert.Equal(Path.GetFileName(blob), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(blob)))));

        var pdfs = blobs.Select(File.ReadAllBytes).Where(b => Encoding.ASCII.GetString(b, 0, 5) == "%PDF-").ToList();
        Assert.Equal(3, pdfs.Count);
        var word = blobs.Select(File.ReadAllBytes).Where(b => b[0] == 'P' && b[1] == 'K').ToList();
        Assert.Equal(2, word.Count);
        Assert.All(word, docx =>
        {
            using var zip = new ZipArchive(new MemoryStream(docx));
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        });
    }
}
