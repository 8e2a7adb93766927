using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Triggers that give the folder tree a new stamp (Domain/FolderTreeRevision) with every change to folders or access
    /// entries, in the changing transaction, whoever makes it: the module, a script or an operator in the database. The
    /// module stamped its own changes before; a change made outside it was not seen by running hosts until the next.
    /// </summary>
    public partial class FolderTreeTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One trigger per table and kind of change (SQLite has no statement triggers); the stamp is a new random
            // GUID in EF Core's text form.
            foreach (var table in new[] { "folders", "folder_grants" })
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER {table}_stamp_tree_{change.ToLowerInvariant()} AFTER {change} ON "{table}"
                        BEGIN
                            UPDATE folder_tree_revision SET "Stamp" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' ||
                                hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6));
                        END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "folders", "folder_grants" })
            {
                foreach (var change in new[] { "insert", "update", "delete" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_stamp_tree_{change};");
                }
            }
        }
    }
}
