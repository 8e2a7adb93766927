using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Host.Kernel;

namespace Platform.Host.Identity.Keys;

/// <summary>
/// The OpenID Connect server's RSA signing and encryption keys. Generated once, stored in the data folder
/// encrypted with ASP.NET Core Data Protection (whose key ring lives there too), and loaded on every later start,
/// so tokens issued before a restart stay valid and every host sharing the data folder uses the same keys.
/// </summary>
internal sealed class ServerKeyStore(IOptions<PlatformOptions> options, IDataProtectionProvider dataProtection, ILogger<ServerKeyStore> logger)
{
    public const string KeysFolder = "keys";

    private const string Purpose = "Platform.Identity.ServerKeys.v1";

    private readonly Lazy<RsaSecurityKey> _signing = new(() => LoadOrCreate("openid-signing", options, dataProtection, logger));
    private readonly Lazy<RsaSecurityKey> _encryption = new(() => LoadOrCreate("openid-encryption", options, dataProtection, logger));

    public RsaSecurityKey SigningKey => _signing.Value;

    public RsaSecurityKey EncryptionKey => _encryption.Value;

    public static string DirectoryOf(PlatformOptions options) => Path.Combine(options.DataDirectoryFullPath, KeysFolder);

    /// <summary>Creates a key folder readable by the host's account only (on Unix; Windows inherits the data folder's ACL).</summary>
    public static DirectoryInfo CreatePrivateDirectory(string path) =>
        OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    private static RsaSecurityKey LoadOrCreate(string name, IOptions<PlatformOptions> options, IDataProtectionProvider dataProtection, ILogger logger)
    {
        var protector = dataProtection.CreateProtector(Purpose, name);
        var directory = DirectoryOf(options.Value);
        var path = Path.Combine(directory, name + ".key");
        if (!File.Exists(path))
        {
            CreatePrivateDirectory(directory);
            using var created = RSA.Create(2048);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, protector.Protect(created.ExportPkcs8PrivateKey()));
            try
            {
                // Another host starting on the same folder may have won the race: its key is the one everyone uses.
                File.Move(temporary, path, overwrite: false);
                logger.LogInformation("Generated the OpenID Connect {Key} key", name);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(protector.Unprotect(File.ReadAllBytes(path)), out _);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
