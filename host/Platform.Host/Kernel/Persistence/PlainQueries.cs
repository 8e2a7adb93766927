using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Persistence;

/// <summary>
/// One-column reads in plain SQL on a connection of their own. Startup checks use them instead of a context: any use
/// of a context's services (even its SQL helper or its connection) builds the context's whole model first, which costs
/// far more than the read itself.
/// </summary>
internal static class PlainQueries
{
    /// <summary>Every value of <paramref name="column"/> in <paramref name="table"/> of <paramref name="schema"/>.</summary>
    /// <exception cref="DbException">The table or column does not exist (yet).</exception>
    public static async Task<HashSet<string>> ReadColumnAsync(DatabaseProviderConfigurator configurator, string schema, string table, string column, CancellationToken cancellationToken) =>
        (await ReadRowsAsync(configurator, schema, table, [column], cancellationToken)).Select(row => row[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The values of the text <paramref name="columns"/> of every row of <paramref name="table"/> in
    /// <paramref name="schema"/> (on SQLite the schema's own file, without a schema name).
    /// </summary>
    /// <exception cref="DbException">The table or a column does not exist (yet).</exception>
    public static async Task<List<string[]>> ReadRowsAsync(DatabaseProviderConfigurator configurator, string schema, string table, string[] columns, CancellationToken cancellationToken)
    {
        var (connection, sql) = configurator.Provider switch
        {
            DatabaseProvider.Sqlite => ((DbConnection)new SqliteConnection(configurator.SqliteConnectionString(schema)),
                $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\""),
            DatabaseProvider.Postgres => (new NpgsqlConnection(configurator.ServerConnectionString()),
                $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{schema}\".\"{table}\""),
            DatabaseProvider.SqlServer => (new SqlConnection(configurator.ServerConnectionString()),
                $"SELECT {string.Join(", ", columns.Select(c => $"[{c}]"))} FROM [{schema}].[{table}]"),
            _ => throw new NotSupportedException(configurator.Provider.ToString()),
        };
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var rows = new List<string[]>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add([.. Enumerable.Range(0, columns.Length).Select(reader.GetString)]);
            }

            return rows;
        }
    }
}
