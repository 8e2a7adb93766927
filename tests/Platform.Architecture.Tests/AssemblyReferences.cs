using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Platform.Architecture.Tests;

/// <summary>Reads an assembly's references from its metadata, without loading it (plugins load in their own context).</summary>
internal static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
    }

    public static bool IsPlatform(string name) => name == "Platform" || name.StartsWith("Platform.", StringComparison.Ordinal);
}
