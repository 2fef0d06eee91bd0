using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NameReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Position",
                table: "imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Release",
                table: "imports",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                collation: "NOCASE");

            // Imports made before releases had names: each is labelled by its day, as an import
            // given no label is now, and ends at the last version it kept. One that changed nothing
            // kept none, and ends where the import before it ended.
            migrationBuilder.Sql("""
                UPDATE imports SET Release = date(ImportedAt) || (
                    SELECT CASE WHEN COUNT(*) = 0 THEN '' ELSE '-' || (COUNT(*) + 1) END
                    FROM imports AS earlier
                    WHERE date(earlier.ImportedAt) = date(imports.ImportedAt) AND earlier.Id < imports.Id);
                UPDATE imports SET Position = COALESCE((SELECT MAX(Id) FROM versions WHERE ChangedBy = 'import #' || imports.Id), 0);
                UPDATE imports SET Position = COALESCE((SELECT MAX(earlier.Position) FROM imports AS earlier WHERE earlier.Id < imports.Id), 0)
                WHERE Position = 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_imports_Release",
                table: "imports",
                column: "Release",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_imports_Release",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "Release",
                table: "imports");
        }
    }
}
