namespace Platform.Sdk.Persistence;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite, one database file per module (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL, one database with a schema per module.</summary>
    Postgres,

    /// <summary>Microsoft SQL Server, one database with a schema per module.</summary>
    SqlServer,
}
