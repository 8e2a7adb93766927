using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// Whether a content request through a share link begins a download, and so counts against the link's download limit.
/// A download counts once however a client fetches it: a request that would return content from the first byte counts
/// (no Range; a Range starting at byte 0; a suffix range covering the whole file; a Range the server ignores because
/// it is malformed or its If-Range no longer matches); a Range starting later is the rest of a download already
/// counted; several ranges are refused (416, see <see cref="Content.ContentResponse"/>) and a conditional request
/// answered 304 downloads nothing.
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

        var ifRange = headers.IfRange.ToString().Trim();
        var staleIfRange = ifRange.Length > 0 && ifRange != etag;
        if (!RangeHeaderValue.TryParse(range, out var parsed) || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (parsed.Ranges.Count > 1)
        {
            // Refused with 416 unless an If-Range naming another version makes the server send the whole file.
            return staleIfRange && ifRange.StartsWith('"');
        }

        if (staleIfRange)
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
