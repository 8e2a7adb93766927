using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// Whether a content request through a share link begins a download, and so counts against the link's download limit.
/// A download counts once however a client fetches it: a request that would return content from the first byte counts
/// (no Range; a Range starting at byte 0; a suffix range covering the whole file; a Range the server ignores because
/// it is malformed, multiple, or its If-Range no longer matches); a Range starting later is the rest of a download
/// already counted, and a conditional request answered 304 downloads nothing.
/// </summary>
internal static class DownloadRequest
{
    public static bool StartsADownload(IHeaderDictionary headers, string hash, long length)
    {
        var etag = $"\"{hash}\"";
        var ifNoneMatch = headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && EntityTagHeaderValue.TryParseList(headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Tag == "*" || t.Tag.Value == etag))
        {
            return false;
        }

        var range = headers.Range.ToString();
        if (range.Length == 0)
        {
            return true;
        }

        var ifRange = headers.IfRange.ToString();
        if (ifRange.Length > 0 && ifRange.Trim() != etag)
        {
            return true;
        }

        if (!RangeHeaderValue.TryParse(range, out var parsed) || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || parsed.Ranges.Count != 1)
        {
            return true;
        }

        var only = parsed.Ranges.First();
        return only.From switch
        {
            null => only.To >= length,
            { } from => from == 0,
        };
    }
}
