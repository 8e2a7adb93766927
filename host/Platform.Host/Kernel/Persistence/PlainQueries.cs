using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Host.Kernel.Persistence;

/// <summary>
/// One-column reads in plain SQL over a context's connection. Startup checks use them because a context's first
/// LINQ query builds its whole model and compiles the query, which costs far more than the read itself.
/// </summary>
internal static class PlainQueries
{
    /// <summary>
    /// Every value of <paramref name="column"/> in <paramref name="table"/>, in <paramref name="schema"/> on server
    /// databases (SQLite keeps each schema in its own file, without a schema name).
    /// </summary>
    /// <exception cref="DbException">The table or column does not exist (yet).</exception>
    public static async Task<HashSet<string>> ReadColumnAsync(DbContext context, string schema, string table, string column, CancellationToken cancellationToken)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var tableSchema = context.Database.IsSqlite() ? null : schema;
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT {sql.DelimitIdentifier(column)} FROM {sql.DelimitIdentifier(table, tableSchema)}";
            var values = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
