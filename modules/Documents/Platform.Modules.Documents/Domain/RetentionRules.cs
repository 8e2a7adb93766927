namespace Platform.Modules.Documents.Domain;

/// <summary>A folder's own version retention: at most this many versions, thinned past this many days (null: no limit of that kind).</summary>
public sealed record RetentionRules(int? KeepVersions, int? ThinVersionsAfterDays);
