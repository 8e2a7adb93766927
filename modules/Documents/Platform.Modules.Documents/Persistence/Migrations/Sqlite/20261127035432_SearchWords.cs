using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The words of the full-text index in a table of their own (see Features/Search/SearchWords), so that a search
    /// expands the last word typed into the whole words it begins. Filled here from the index's own vocabulary, without
    /// the folder words of the Scope column. SQLite only: PostgreSQL's index answers prefixes itself.
    /// </summary>
    public partial class SearchWords : Migration
    {
        private const string Create = """
            CREATE TABLE search_words ("Word" TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
            CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_fts, col);
            INSERT OR IGNORE INTO search_words ("Word") SELECT term FROM temp.search_vocabulary WHERE col <> 'Scope';
            DROP TABLE temp.search_vocabulary;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Create);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE search_words;");
    }
}
