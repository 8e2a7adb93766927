using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Sdk.Http;

/// <summary>Collects field errors and turns them into a 400 ValidationProblem that names each field.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether any error was added.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Adds an error for <paramref name="field"/>.</summary>
    /// <param name="field">The field name as the client sent it (camelCase).</param>
    /// <param name="message">What is wrong.</param>
    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>Adds an error unless <paramref name="condition"/> holds.</summary>
    /// <param name="condition">The rule.</param>
    /// <param name="field">The field name.</param>
    /// <param name="message">What is wrong when the rule fails.</param>
    public ValidationErrors Require(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    /// <summary>The 400 response describing all errors.</summary>
    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: "The request is invalid.");
}
