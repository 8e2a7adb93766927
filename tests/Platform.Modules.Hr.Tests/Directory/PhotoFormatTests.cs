using System.Text;
using Platform.Modules.Hr.Features.Directory.Employees;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class PhotoFormatTests
{
    public static TheoryData<byte[], string?> Samples => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "image/jpeg" },
        { [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "image/png" },
        { Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00"), "image/gif" },
        { Encoding.ASCII.GetBytes("GIF87a\x01\x00\x01\x00"), "image/gif" },
        { Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WEBPVP8 "), "image/webp" },
        { Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WAVEfmt "), null },
        { Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), null },
        { Encoding.ASCII.GetBytes("<html><script>alert(1)</script>"), null },
        { [0xFF, 0xD8], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_type_comes_from_the_magic_bytes(byte[] content, string? expected) => Assert.Equal(expected, PhotoFormat.Sniff(content));
}
