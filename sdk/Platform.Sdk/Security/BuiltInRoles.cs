namespace Platform.Sdk.Security;

/// <summary>
/// The roles every platform has. Modules name them as the default holders of the permissions they declare;
/// administrators can change what each role holds and add roles of their own.
/// </summary>
public static class BuiltInRoles
{
    /// <summary>Holds every permission, including ones declared later by newly installed modules.</summary>
    public const string Administrator = "Administrator";

    /// <summary>People who lead a team or a department.</summary>
    public const string Manager = "Manager";

    /// <summary>Every employee who signs in.</summary>
    public const string Employee = "Employee";

    /// <summary>The three built-in roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Manager, Employee];
}
