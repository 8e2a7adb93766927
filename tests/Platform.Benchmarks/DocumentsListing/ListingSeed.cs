using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;

namespace Platform.Benchmarks.DocumentsListing;

/// <summary>
/// One folder of the company space filled straight into the Documents module's SQLite file of a running host: a few
/// subfolders and the requested number of documents (one version each, mixed types and sizes, every tenth tagged
/// "invoice", update times spread over a year), as uploads would have left them. Content is not stored: the listing
/// never reads it.
/// </summary>
internal static class ListingSeed
{
    private static readonly (string Extension, string ContentType)[] Types =
    [
        (".pdf", "application/pdf"), (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (".png", "image/png"), (".txt", "text/plain"),
    ];

    public static async Task<Guid> SeedAsync(DocumentsDbContext db, int documents)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var space = await db.Spaces.AsNoTracking().SingleAsync(s => s.Kind == SpaceKind.Company);
        var folder = NewFolder(space.Id, space.RootFolderId, "Listing benchmark", now);
        db.Folders.Add(folder);
        for (var i = 1; i <= 12; i++)
        {
            db.Folders.Add(NewFolder(space.Id, folder.Id, $"Month {i:D2}", now));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 1; n <= documents; n++)
        {
            var (extension, contentType) = Types[random.Next(Types.Length)];
            var name = $"Document {n:D6}{extension}";
            var hash = Convert.ToHexStringLower(BitConverter.GetBytes((long)n)).PadLeft(64, '0');
            var updated = now.AddMinutes(-random.Next(525_600));
            var document = new Document
            {
                Id = Guid.CreateVersion7(), FolderId = folder.Id, Name = name, NameKey = ItemName.KeyOf(name), ContentType = contentType,
                Length = 1_000 + random.Next(20_000_000), Hash = hash, CurrentVersionNumber = 1, CreatedAt = updated, UpdatedAt = updated,
            };
            var version = new DocumentVersion
            {
                Id = Guid.CreateVersion7(), DocumentId = document.Id, Number = 1, Hash = hash, Length = document.Length, ContentType = contentType,
                FileName = name, CreatedAt = updated,
            };
            document.CurrentVersionId = version.Id;
            if (n % 10 == 0)
            {
                document.Tags.Add(new DocumentTag { Value = "invoice" });
            }

            db.Documents.Add(document);
            db.Versions.Add(version);
            if (n % 1_000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return folder.Id;
    }

    private static Folder NewFolder(Guid spaceId, Guid parentId, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), SpaceId = spaceId, ParentId = parentId, Name = name, NameKey = ItemName.KeyOf(name), CreatedAt = now, UpdatedAt = now,
    };
}
