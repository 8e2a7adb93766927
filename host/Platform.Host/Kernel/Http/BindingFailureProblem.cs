using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// Compile-time request delegates answer a route or query value that does not parse (<c>?page=abc</c>,
/// <c>?status=Sleeping</c>) with a bare 400. This finds the offending values from the endpoint's parameter
/// metadata and turns the answer into a ValidationProblem that names them.
/// </summary>
internal static class BindingFailureProblem
{
    public static Dictionary<string, string[]> Describe(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parameters = context.GetEndpoint()?.Metadata.OfType<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters.Where(p => p.HasTryParse))
        {
            var raw = context.Request.RouteValues.TryGetValue(parameter.Name, out var routeValue)
                ? Convert.ToString(routeValue, CultureInfo.InvariantCulture)
                : context.Request.Query[parameter.Name].ToString();
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            if (!string.IsNullOrEmpty(raw) && !CanParse(type, raw))
            {
                var field = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
                errors[field] = [$"'{raw}' is not a valid {Describe(type)}."];
            }
        }

        return errors;
    }

    private static bool CanParse(Type type, string raw)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, raw, ignoreCase: false, out _);
        }

        var tryParse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (tryParse is null)
        {
            return true; // not a parse failure we can explain
        }

        object?[] arguments = [raw, CultureInfo.InvariantCulture, null];
        return (bool)tryParse.Invoke(null, arguments)!;
    }

    private static string Describe(Type type) => type switch
    {
        _ when type.IsEnum => $"value (one of {string.Join(", ", Enum.GetNames(type))})",
        _ when type == typeof(int) || type == typeof(long) => "whole number",
        _ when type == typeof(Guid) => "id (GUID)",
        _ when type == typeof(DateOnly) => "date (yyyy-MM-dd)",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "timestamp (ISO 8601)",
        _ when type == typeof(bool) => "boolean (true or false)",
        _ => type.Name,
    };
}
