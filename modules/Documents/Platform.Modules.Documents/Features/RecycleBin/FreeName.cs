using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// The names to try when a restored item's name was taken meanwhile and the caller asked for <c>?rename=true</c>:
/// "report (2).pdf", "report (3).pdf" … (a document keeps its extension; a folder's dots are part of its name), each
/// shortened to fit <see cref="ItemName.MaxLength"/>.
/// </summary>
internal static class FreeName
{
    public const int MaxAttempts = 100;

    public static IEnumerable<string> Candidates(string name, bool keepExtension)
    {
        var dot = keepExtension ? name.LastIndexOf('.') : -1;
        var (stem, extension) = dot > 0 ? (name[..dot], name[dot..]) : (name, "");
        for (var n = 2; n < MaxAttempts + 2; n++)
        {
            var suffix = $" ({n})";
            var room = ItemName.MaxLength - suffix.Length - extension.Length;
            var shortened = stem.Length > room ? stem[..Math.Max(1, room)].TrimEnd() : stem;
            yield return shortened + suffix + extension;
        }
    }
}
