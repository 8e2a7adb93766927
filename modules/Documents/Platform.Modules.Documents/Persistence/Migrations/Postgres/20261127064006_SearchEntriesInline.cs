using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Search entries laid out for a search that walks its matches newest first (see Features/Search/PostgresNewestMatches),
    /// and two more GIN indexes:
    /// <list type="bullet">
    /// <item>An entry's word vector stays in its row: STORAGE MAIN, and toast_tuple_target at 4 kB, so that the text (which
    /// may be compressed or moved out first) makes room before the vector does. A walk tests each entry's vector; read from
    /// TOAST storage that cost 6 µs an entry, from the row 1.3 to 1.8 µs (100,000 entries of 1.5 kB text), and two rows
    /// to a page cost a fifth less than one.</item>
    /// <item>"ScopeVector": the folder words of <c>Scope</c> (see Features/Search/SearchScope) in a vector of their own,
    /// GIN-indexed, so that a search within a department intersects both indexes instead of walking every match.
    /// Adding it rewrites the table, which lays out the entries written so far the new way.</item>
    /// <item>An index on "NameVector": name hits are few, and without it finding them walked every match.</item>
    /// </list>
    /// </summary>
    public partial class SearchEntriesInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE documents.search_entries SET (toast_tuple_target = 4096);
                ALTER TABLE documents.search_entries ALTER COLUMN "SearchVector" SET STORAGE MAIN;
                ALTER TABLE documents.search_entries ADD COLUMN "ScopeVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "Scope")) STORED;
                CREATE INDEX "IX_search_entries_ScopeVector" ON documents.search_entries USING GIN ("ScopeVector");
                CREATE INDEX "IX_search_entries_NameVector" ON documents.search_entries USING GIN ("NameVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS documents."IX_search_entries_NameVector";
                DROP INDEX IF EXISTS documents."IX_search_entries_ScopeVector";
                ALTER TABLE documents.search_entries DROP COLUMN IF EXISTS "ScopeVector";
                ALTER TABLE documents.search_entries ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;
                ALTER TABLE documents.search_entries RESET (toast_tuple_target);
                """);
        }
    }
}
