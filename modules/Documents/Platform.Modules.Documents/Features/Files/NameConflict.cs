using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// What an upload does when its name is taken in the folder (names are unique across documents and folders, regardless
/// of case): fail with 409 (the default), add a version to the document of that name, or take the next free numbered
/// name ("report (2).pdf").
/// </summary>
internal static class NameConflict
{
    public enum Mode
    {
        Fail,
        Version,
        Rename,
    }

    public static bool TryParse(string? value, out Mode mode)
    {
        mode = Mode.Fail;
        return string.IsNullOrEmpty(value) || Enum.TryParse(value, ignoreCase: true, out mode) && Enum.IsDefined(mode);
    }

    /// <summary>
    /// The name the upload takes, and the document it adds a version to when it does (checked for a lock); or the
    /// problem (409 for a taken name, 423 for a locked document).
    /// </summary>
    public static async Task<(string Name, Document? Existing, ProblemHttpResult? Problem)> ResolveAsync(
        Mode mode, Folder folder, string name, DocumentsDbContext db, DocumentWriter writer, CancellationToken cancellationToken)
    {
        var key = ItemName.KeyOf(name);
        if (!await writer.IsNameTakenAsync(folder.Id, key, null, cancellationToken))
        {
            return (name, null, null);
        }

        switch (mode)
        {
            case Mode.Version:
                var existing = await db.Documents.FirstOrDefaultAsync(d => d.FolderId == folder.Id && d.NameKey == key && d.DeletedAt == null, cancellationToken);
                if (existing is null)
                {
                    return (name, null, ApiProblems.Conflict($"A folder named '{name}' exists in '{folder.Name}'.", "A folder cannot take a version; choose another name."));
                }

                return (existing.Name, existing, await writer.CheckLockAsync(existing, cancellationToken));
            case Mode.Rename:
                foreach (var candidate in NumberedName.Candidates(name))
                {
                    if (!await writer.IsNameTakenAsync(folder.Id, ItemName.KeyOf(candidate), null, cancellationToken))
                    {
                        return (candidate, null, null);
                    }
                }

                return (name, null, Taken(name, folder));
            default:
                return (name, null, Taken(name, folder));
        }
    }

    public static ProblemHttpResult Taken(string name, Folder folder) => ApiProblems.Conflict(
        $"'{name}' already exists in '{folder.Name}'.",
        "Send onConflict=version to add the file as a new version of that document, onConflict=rename to store it as 'name (2)', or choose another name.");
}
