using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>
/// SQL Server cannot run on our machines, so its migrations are checked by generating the idempotent
/// deployment script (what an operator would run) and parsing it with the T-SQL parser.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Theory]
    [MemberData(nameof(MigratedStores.Schemas), MemberType = typeof(MigratedStores))]
    public void Idempotent_script_parses_as_TSql_and_creates_the_tables(string schema)
    {
        var store = MigratedStores.Named(schema);
        using var context = store.CreateDesignTimeContext(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in store.ExpectedTables)
        {
            Assert.Contains($"CREATE TABLE [{schema}].[{table}]", script, StringComparison.Ordinal);
        }

        var batches = SplitBatches(script);
        Assert.NotEmpty(batches);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var errors = new List<string>();
        foreach (var batch in batches)
        {
            using var reader = new StringReader(batch);
            parser.Parse(reader, out var batchErrors);
            errors.AddRange(batchErrors.Select(e => $"line {e.Line}: {e.Message}\n{batch}"));
        }

        Assert.Empty(errors);
    }

    /// <summary>Splits on <c>GO</c> lines, which are a client batch separator rather than T-SQL.</summary>
    private static List<string> SplitBatches(string script)
    {
        var batches = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (line.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                Add();
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        Add();
        return batches;

        void Add()
        {
            if (!string.IsNullOrWhiteSpace(current.ToString()))
            {
                batches.Add(current.ToString());
            }

            current.Clear();
        }
    }
}
