using System.Text.RegularExpressions;

namespace Platform.Sdk.Permissions;

/// <summary>A permission a module declares, and the built-in roles that hold it by default.</summary>
/// <param name="Name">Dotted lower-case name starting with the module id, e.g. <c>projects.tasks.write</c>.</param>
/// <param name="Description">What the permission allows, shown to administrators.</param>
/// <param name="DefaultRoles">Built-in roles (Administrator, Manager, Employee) that get it by default.</param>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> DefaultRoles);

/// <summary>The permissions a module declares.</summary>
public sealed partial class PermissionRegistrations
{
    private readonly List<PermissionDefinition> _declared = [];

    /// <summary>The declared permissions.</summary>
    public IReadOnlyList<PermissionDefinition> Declared => _declared;

    /// <summary>Declares a permission.</summary>
    /// <param name="name">Dotted lower-case name, e.g. <c>projects.tasks.write</c>.</param>
    /// <param name="description">What it allows.</param>
    /// <param name="defaultRoles">Built-in roles that get it by default.</param>
    public PermissionRegistrations Declare(string name, string description, params string[] defaultRoles)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Permission '{name}' must be dotted lower-case, e.g. 'projects.tasks.write'.", nameof(name));
        }

        if (_declared.Any(p => p.Name == name))
        {
            throw new ArgumentException($"Permission '{name}' is declared twice.", nameof(name));
        }

        _declared.Add(new PermissionDefinition(name, description, defaultRoles));
        return this;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$")]
    private static partial Regex NamePattern();
}
