using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Access;

/// <summary>403 answers for callers who see a project but may not do what they asked.</summary>
internal static class ProjectProblems
{
    public static ProblemHttpResult NotAManager() => ApiProblems.Forbidden(
        "Only the project's managers may do this.",
        "Changing or deleting a project and managing its members is for its owner, its members with the Manager role, and holders of projects.manage.");

    public static ProblemHttpResult CannotChangeTasks() => ApiProblems.Forbidden(
        "You may not change this project's tasks.",
        "Tasks of a private project are changed by its members with the Member or Manager role; viewers only read them.");
}
