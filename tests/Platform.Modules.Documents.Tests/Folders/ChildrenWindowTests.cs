using Platform.Modules.Documents.Features.Folders;

namespace Platform.Modules.Documents.Tests.Folders;

public sealed class ChildrenWindowTests
{
    [Theory]
    [InlineData(0, 1, 20, 0, 0, 0, 20)] // no folders: documents from the start
    [InlineData(5, 1, 20, 0, 5, 0, 15)] // the first page holds every folder, then documents
    [InlineData(5, 2, 20, 5, 0, 15, 20)] // later pages skip the documents shown on the first
    [InlineData(45, 2, 20, 20, 20, 0, 0)] // a page of folders only
    [InlineData(45, 3, 20, 40, 5, 0, 15)] // the page where folders end and documents begin
    [InlineData(45, 4, 20, 45, 0, 15, 20)]
    public void Folders_come_first_and_documents_continue_where_they_end(
        int folders, int page, int pageSize, int folderSkip, int folderTake, long documentSkip, int documentTake) =>
        Assert.Equal(new ChildrenWindow(folderSkip, folderTake, documentSkip, documentTake), ChildrenWindow.For(folders, page, pageSize));

    [Fact]
    public void Consecutive_pages_cover_every_item_once()
    {
        const int folders = 7, documents = 23, pageSize = 4;
        var seen = new List<string>();
        for (var page = 1; page <= 8; page++)
        {
            var window = ChildrenWindow.For(folders, page, pageSize);
            seen.AddRange(Enumerable.Range(window.FolderSkip, window.FolderTake).Select(i => $"f{i}"));
            seen.AddRange(Enumerable.Range((int)window.DocumentSkip, window.DocumentTake).Where(i => i < documents).Select(i => $"d{i}"));
        }

        Assert.Equal(Enumerable.Range(0, folders).Select(i => $"f{i}").Concat(Enumerable.Range(0, documents).Select(i => $"d{i}")), seen);
    }
}
