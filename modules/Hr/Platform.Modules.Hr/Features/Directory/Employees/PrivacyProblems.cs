using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>403 answers of the personal-data endpoints.</summary>
internal static class PrivacyProblems
{
    public static ProblemHttpResult NotYourRecord() => ApiProblems.Forbidden(
        "Only HR and the employee may see or change personal data.",
        "Personal fields (private address, birth date, emergency contact) are for holders of hr.employees.manage and the employee whose record it is.");
}
