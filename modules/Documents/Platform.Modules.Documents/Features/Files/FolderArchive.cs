using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// A folder as a zip file, written straight to the response: entries are compressed and sent one after another (ZIP
/// allows sizes after the data, so nothing is seeked, buffered or staged on disk), and memory stays at one copy buffer
/// whatever the folder holds. Only live folders that <c>includeFolder</c> admits are walked (a folder left out hides
/// everything below it, so the zip never names a folder the caller may not see), with the documents in use in them.
/// Entry paths are relative to the folder and built from names that passed the name rules, so they cannot climb out
/// of the folder they are unpacked into. Used by the folder download and by shared folder links.
/// </summary>
internal static class FolderArchive
{
    // Formats that are compressed already: deflating them again costs time and saves nothing.
    private static readonly HashSet<string> StoredAsIs = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/zip", "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
        ContentSniffer.Docx, ContentSniffer.Xlsx, ContentSniffer.Pptx,
    };

    /// <summary>Writes the zip of <paramref name="folderId"/> to <paramref name="output"/> (left open).</summary>
    /// <param name="output">Where the zip goes: a response body, or any writable stream (it is not seeked).</param>
    /// <param name="db">The module's data.</param>
    /// <param name="blobs">The module's blob container.</param>
    /// <param name="tree">The folder tree (the caller's, or any tree that tells live folders).</param>
    /// <param name="folderId">The folder whose contents go into the zip (its own name is not part of the entry paths).</param>
    /// <param name="includeFolder">Whether a folder below <paramref name="folderId"/> and its contents go into the zip.</param>
    /// <param name="cancellationToken">Stops writing (a client that went away).</param>
    public static async Task WriteAsync(
        Stream output, DocumentsDbContext db, IBlobContainer blobs, FolderTree tree, Guid folderId, Func<Guid, bool> includeFolder, CancellationToken cancellationToken)
    {
        var paths = FolderPaths(tree, folderId, includeFolder);
        var folderIds = paths.Keys.ToList();
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt == null && folderIds.Contains(d.FolderId))
            .Select(d => new ArchivedDocument(d.FolderId, d.Name, d.Hash, d.ContentType, d.UpdatedAt))
            .ToListAsync(cancellationToken);

        var zipOutput = new ZipOutputStream(output);
        await using (var zip = await ZipArchive.CreateAsync(zipOutput, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            await WriteEntriesAsync(zip, paths, documents.ToLookup(d => d.FolderId), blobs, cancellationToken);
        }

        await zipOutput.FlushAsync(cancellationToken);
    }

    private static async Task WriteEntriesAsync(
        ZipArchive zip, Dictionary<Guid, string> paths, ILookup<Guid, ArchivedDocument> documentsByFolder, IBlobContainer blobs, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, path) in paths.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            if (path.Length > 0)
            {
                // An entry of its own, so an empty folder is unpacked too.
                used.Add(path);
                zip.CreateEntry(path + "/", CompressionLevel.NoCompression);
            }

            foreach (var document in documentsByFolder[id].OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                var entryPath = Unique(used, path.Length > 0 ? path + "/" + document.Name : document.Name);
                await using var content = await blobs.OpenReadAsync(document.Hash, cancellationToken)
                    ?? throw new InvalidDataException($"The content of '{entryPath}' ({document.Hash}) is missing from storage; the archive is cut off rather than silently incomplete.");
                var entry = zip.CreateEntry(entryPath, StoredAsIs.Contains(document.ContentType) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                entry.LastWriteTime = document.UpdatedAt;
                await using var target = await entry.OpenAsync(cancellationToken);
                await content.CopyToAsync(target, 1 << 20, cancellationToken);
            }
        }
    }

    // The folders to include, with their paths relative to the top folder ("" for the top folder itself).
    private static Dictionary<Guid, string> FolderPaths(FolderTree tree, Guid folderId, Func<Guid, bool> includeFolder)
    {
        var children = tree.Folders.Where(f => f.ParentId is not null && !f.IsDeleted).ToLookup(f => f.ParentId!.Value);
        var paths = new Dictionary<Guid, string> { [folderId] = "" };
        var pending = new Stack<Guid>([folderId]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in children[current])
            {
                if (!paths.ContainsKey(child.Id) && includeFolder(child.Id))
                {
                    paths[child.Id] = paths[current].Length > 0 ? paths[current] + "/" + child.Name : child.Name;
                    pending.Push(child.Id);
                }
            }
        }

        return paths;
    }

    // Names are unique in a folder regardless of case; two unpacked on a case-insensitive disk must still not collide.
    private static string Unique(HashSet<string> used, string path)
    {
        if (used.Add(path))
        {
            return path;
        }

        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem} ({n}){extension}";
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private sealed record ArchivedDocument(Guid FolderId, string Name, string Hash, string ContentType, DateTimeOffset UpdatedAt);
}
