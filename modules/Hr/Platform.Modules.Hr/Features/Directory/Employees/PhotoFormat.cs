namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// Tells an image's type from its first bytes. The declared Content-Type is not trusted: a photo is served back to
/// browsers with the type found here, so only the four web image formats are accepted.
/// </summary>
internal static class PhotoFormat
{
    /// <summary>The content type of <paramref name="content"/>, or null when it is not a JPEG, PNG, WebP or GIF image.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return null;
    }
}
