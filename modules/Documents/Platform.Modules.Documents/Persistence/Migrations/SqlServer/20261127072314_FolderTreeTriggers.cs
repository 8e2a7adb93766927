using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.SqlServer
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
            // CREATE TRIGGER must begin a batch, which the guard of an idempotent script is not: hence EXEC.
            foreach (var table in new[] { "folders", "folder_grants" })
            {
                migrationBuilder.Sql($"""
                    EXEC(N'CREATE TRIGGER documents.{table}_stamp_tree ON documents.{table} AFTER INSERT, UPDATE, DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        UPDATE documents.folder_tree_revision SET Stamp = NEWID();
                    END;');
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents.folder_grants_stamp_tree;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents.folders_stamp_tree;");
        }
    }
}
