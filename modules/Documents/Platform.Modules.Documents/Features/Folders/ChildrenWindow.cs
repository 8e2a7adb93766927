namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Where one page of a folder's listing falls when folders come first and documents after them: how many folders to
/// skip and take, and how many documents. Only the page's rows are read; the documents before it are skipped by the
/// database.
/// </summary>
internal readonly record struct ChildrenWindow(int FolderSkip, int FolderTake, long DocumentSkip, int DocumentTake)
{
    /// <param name="folderCount">How many folders the listing holds (all of them come before any document).</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="pageSize">The page size.</param>
    public static ChildrenWindow For(int folderCount, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(folderCount);
        var start = (long)(page - 1) * pageSize;
        var folderSkip = (int)Math.Min(start, folderCount);
        var folderTake = (int)Math.Min(pageSize, folderCount - folderSkip);
        var documentSkip = Math.Max(0, start - folderCount);
        return new ChildrenWindow(folderSkip, folderTake, documentSkip, pageSize - folderTake);
    }
}
