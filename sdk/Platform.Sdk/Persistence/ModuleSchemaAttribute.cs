using System.Reflection;
using System.Text.RegularExpressions;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Names the database schema of a module's context (server databases) and so the SQLite file name.
/// Put it on the module's base context; the provider-specific subclasses inherit it.
/// </summary>
/// <param name="name">Lower-case letters, digits and underscores, starting with a letter.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed partial class ModuleSchemaAttribute(string name) : Attribute
{
    /// <summary>The schema name.</summary>
    public string Name { get; } = name;

    /// <summary>Reads and validates the schema of <paramref name="contextType"/>.</summary>
    /// <param name="contextType">A module context type.</param>
    /// <returns>The schema name.</returns>
    public static string SchemaOf(Type contextType)
    {
        ArgumentNullException.ThrowIfNull(contextType);
        var attribute = contextType.GetCustomAttribute<ModuleSchemaAttribute>(inherit: true)
            ?? throw new InvalidOperationException($"{contextType.Name} needs a [ModuleSchema(\"...\")] attribute.");
        if (!SchemaPattern().IsMatch(attribute.Name))
        {
            throw new InvalidOperationException(
                $"Schema '{attribute.Name}' of {contextType.Name} must match {SchemaPattern()}.");
        }

        return attribute.Name;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaPattern();
}
