using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>
/// POST /uploads/{id} with X-HTTP-Method-Override: for clients behind proxies or runtimes that cannot send PATCH or
/// DELETE (tus clients' overridePatchMethod option). Answers exactly as the overridden method would.
/// </summary>
internal static class OverriddenUploadMethod
{
    public static Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> Handle(Guid id, HttpContext http, TusServices services, CancellationToken cancellationToken) =>
        RunAsync(id, new TusRequest(http, services, cancellationToken));

    public static async Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> RunAsync(Guid id, TusRequest tus)
    {
        var method = tus.Http.Request.Headers[TusProtocol.MethodOverrideHeader].ToString();
        if (HttpMethods.IsPatch(method))
        {
            return await AppendUpload.RunAsync(id, tus);
        }

        if (HttpMethods.IsDelete(method))
        {
            return await CancelUpload.RunAsync(id, tus);
        }

        if (HttpMethods.IsHead(method))
        {
            return await UploadStatus.RunAsync(id, tus);
        }

        return new ValidationErrors()
            .Add(TusProtocol.MethodOverrideHeader, "POST to an upload needs X-HTTP-Method-Override: PATCH, DELETE or HEAD.")
            .ToProblem();
    }
}
