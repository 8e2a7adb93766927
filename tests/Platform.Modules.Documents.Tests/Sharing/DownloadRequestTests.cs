using Microsoft.AspNetCore.Http;
using Platform.Modules.Documents.Features.Sharing.Links;

namespace Platform.Modules.Documents.Tests.Sharing;

public sealed class DownloadRequestTests
{
    private const string Hash = "ab12";
    private const long Length = 1000;

    private static bool Starts(params (string Name, string Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            dictionary[name] = value;
        }

        return DownloadRequest.StartsADownload(dictionary, Hash, Length);
    }

    [Fact]
    public void A_request_from_the_first_byte_begins_a_download()
    {
        Assert.True(Starts());
        Assert.True(Starts(("Range", "bytes=0-99")));
        Assert.True(Starts(("Range", "bytes=0-")));
        Assert.True(Starts(("Range", "bytes=-1000")), "a suffix covering the whole file");
    }

    [Fact]
    public void A_range_starting_later_continues_a_download()
    {
        Assert.False(Starts(("Range", "bytes=500-")));
        Assert.False(Starts(("Range", "bytes=-10")));
        Assert.False(Starts(("Range", "bytes=500-"), ("If-Range", $"\"{Hash}\"")));
    }

    [Fact]
    public void A_range_the_server_ignores_serves_everything_and_counts()
    {
        Assert.True(Starts(("Range", "bytes=500-600,700-800"), ("If-Range", "\"stale\"")), "several ranges of a changed file: the whole file");
        Assert.True(Starts(("Range", "pages=2-")), "an unknown unit");
        Assert.True(Starts(("Range", "bytes=oops")), "malformed");
        Assert.True(Starts(("Range", "bytes=500-"), ("If-Range", "\"stale\"")), "a changed file is sent whole");
    }

    [Fact]
    public void Several_ranges_are_refused_and_download_nothing()
    {
        Assert.False(Starts(("Range", "bytes=0-10,20-30")));
        Assert.False(Starts(("Range", "bytes=0-10,20-30"), ("If-Range", $"\"{Hash}\"")));
    }

    [Fact]
    public void A_conditional_request_answered_304_downloads_nothing()
    {
        Assert.False(Starts(("If-None-Match", $"\"{Hash}\"")));
        Assert.False(Starts(("If-None-Match", "*")));
        Assert.True(Starts(("If-None-Match", "\"other\"")));
    }
}
