using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Documents.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>Check-out locks: one person at a time may upload new versions of a document until they check it in or the lock lapses.</summary>
internal static class LocksFeature
{
    public static void Configure(ModuleBuilder module) =>
        module.Events
            .Publishes<DocumentLocked>()
            .Publishes<DocumentUnlocked>();

    public static void Map(IEndpointRouteBuilder api)
    {
        var lockRoute = api.MapGroup("/documents/{id:guid}/lock").WithTags("Locks");
        lockRoute.MapPost("/", LockDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Check a document out")
            .WithDescription("Takes the document's exclusive edit lock for durationHours (body optional; default DefaultLockHours, 1 to 168): "
                + "until it is checked in or lapses, uploads and restores by anyone else get 423 naming the holder. Needs write access to the "
                + "folder (403) and a signed-in person (403 for a client acting on its own). 409 naming the holder when someone else holds it; "
                + "locking again while holding it extends it from now. A lapsed lock counts as free. If-Match optional (412 when stale). "
                + "Publishes documents.locked.v1. The lock also shows on GET /documents/{id}.");
        lockRoute.MapDelete("/", UnlockDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Check a document in")
            .WithDescription("Releases the lock. The holder releases their own (a lapsed lock may be cleared by anyone with write access); "
                + "someone else's live lock answers 409 naming the holder, unless force=true is given by someone with manage access to the "
                + "folder or documents.manage (403 otherwise) — an override, reported in documents.unlocked.v1 (overridden: true). "
                + "204 also when there was no lock.");
    }
}
