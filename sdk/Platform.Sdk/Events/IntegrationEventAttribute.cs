using System.Reflection;
using System.Text.RegularExpressions;

namespace Platform.Sdk.Events;

/// <summary>Gives an integration event its stable, versioned name, such as <c>projects.task-created.v1</c>.</summary>
/// <param name="name"><c>{module}.{thing-happened}.v{N}</c>, lower-case kebab-case.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed partial class IntegrationEventAttribute(string name) : Attribute
{
    /// <summary>The event name.</summary>
    public string Name { get; } = name;

    /// <summary>What the event means, shown in the event catalogue.</summary>
    public string? Description { get; init; }

    /// <summary>Reads and validates the event name of <paramref name="eventType"/>.</summary>
    /// <param name="eventType">An <see cref="IIntegrationEvent"/> type.</param>
    /// <returns>The event name.</returns>
    public static string NameOf(Type eventType) => Of(eventType).Name;

    /// <summary>Reads and validates the attribute of <paramref name="eventType"/>.</summary>
    /// <param name="eventType">An <see cref="IIntegrationEvent"/> type.</param>
    /// <returns>The attribute.</returns>
    public static IntegrationEventAttribute Of(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var attribute = eventType.GetCustomAttribute<IntegrationEventAttribute>()
            ?? throw new InvalidOperationException($"{eventType.Name} needs an [IntegrationEvent(\"module.thing-happened.v1\")] attribute.");
        if (!IsValidName(attribute.Name))
        {
            throw new InvalidOperationException(
                $"Event name '{attribute.Name}' of {eventType.Name} must look like 'module.thing-happened.v1'.");
        }

        return attribute;
    }

    /// <summary>Whether <paramref name="name"/> is a well-formed event name.</summary>
    /// <param name="name">A candidate name.</param>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*$")]
    private static partial Regex NamePattern();
}
