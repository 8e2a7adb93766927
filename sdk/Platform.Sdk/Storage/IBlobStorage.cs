namespace Platform.Sdk.Storage;

/// <summary>
/// Where modules keep file contents (blobs): a capability contract whose default, provided by the host, stores them in
/// the platform's data folder. A plugin may provide another implementation (an S3-compatible store, say) with
/// <see cref="Modules.ModuleBuilder.ProvideCapability{TContract, TImplementation}"/>, without the modules that store
/// blobs changing. Blobs are grouped in containers; a module uses a container named after its id, so the orphan sweep of
/// one module never sees another's blobs.
/// </summary>
public interface IBlobStorage
{
    /// <summary>The container <paramref name="name"/> (lower-case letters, digits and '-'), created on first use.</summary>
    /// <param name="name">The container's name; a module passes its own id.</param>
    IBlobContainer GetContainer(string name);
}
