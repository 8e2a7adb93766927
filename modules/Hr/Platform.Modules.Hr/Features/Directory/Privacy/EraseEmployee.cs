using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Privacy;

/// <summary>
/// Erasure on request: the person's identifying data goes, the row stays, so head counts and leave or attendance
/// totals (which point at the row) are unchanged. Idempotent: erasing again changes nothing and publishes nothing.
/// </summary>
internal static class EraseEmployee
{
    public const string ErasedFirstName = "Erased";
    public const string ErasedLastName = "Employee";

    public static async Task<Results<Ok<EmployeeDto>, ProblemHttpResult>> Handle(
        Guid id, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (employee.ErasedAt is null)
        {
            var now = time.GetUtcNow();
            var changed = Anonymise(employee);
            EmployeeSkills.Replace(db, id, await EmployeeSkills.OfAsync(db, id, cancellationToken), [], changed);
            if (await db.EmployeePhotos.FirstOrDefaultAsync(p => p.EmployeeId == id, cancellationToken) is { } photo)
            {
                db.EmployeePhotos.Remove(photo);
                changed.Add(EmployeePhotos.PhotoField);
            }

            employee.ErasedAt = now;
            changed.Add("erasedAt");
            await UpdateEmployee.SaveAsync(db, employee, [], changed, now, cancellationToken);
        }

        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Ok(EmployeeDto.From(employee, [], withPersonal: true));
    }

    /// <summary>Clears or replaces every identifying field; returns the names of those that held something.</summary>
    private static List<string> Anonymise(Employee employee)
    {
        var changed = new List<string>();
        void Clear<T>(string name, T current, T erased, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, erased))
            {
                assign(erased);
                changed.Add(name);
            }
        }

        Clear("firstName", employee.FirstName, ErasedFirstName, v => employee.FirstName = v);
        Clear("lastName", employee.LastName, ErasedLastName, v => employee.LastName = v);
        Clear("workEmail", employee.WorkEmail, null, v => employee.WorkEmail = v);
        Clear("workPhone", employee.WorkPhone, null, v => employee.WorkPhone = v);
        Clear("personal.privateAddress", employee.PrivateAddress, null, v => employee.PrivateAddress = v);
        Clear("personal.birthDate", employee.BirthDate, null, v => employee.BirthDate = v);
        Clear("personal.emergencyContactName", employee.EmergencyContactName, null, v => employee.EmergencyContactName = v);
        Clear("personal.emergencyContactPhone", employee.EmergencyContactPhone, null, v => employee.EmergencyContactPhone = v);
        Clear("kioskPin", employee.KioskPinHash, null, v => employee.KioskPinHash = v);
        Clear("userId", employee.UserId, null, v => employee.UserId = v);
        return changed;
    }
}
