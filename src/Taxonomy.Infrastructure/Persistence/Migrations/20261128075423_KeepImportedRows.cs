using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Keeps each import's rows as read (imported_rows), in place of the workbook rows that admin
    /// writes were mirrored into: pages are now rendered from the domain tables, printing an
    /// imported cell only while it agrees with its object.
    /// </summary>
    public partial class KeepImportedRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_rows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: true),
                    Cells = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_rows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_imported_rows_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_imported_rows_ImportId_Key",
                table: "imported_rows",
                columns: new[] { "ImportId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_imported_rows_ImportId_Sheet_RowNumber",
                table: "imported_rows",
                columns: new[] { "ImportId", "Sheet", "RowNumber" });

            // The imported rows of the latest import become that import's rows. An admin's edit had
            // been mirrored into them, so they may hold edited text; that text agrees with the
            // objects, so the pages print the same. Rows of objects created through the API go:
            // the pages now print those objects from the domain.
            migrationBuilder.Sql("""
                INSERT INTO "imported_rows" ("ImportId", "Sheet", "RowNumber", "Key", "Cells")
                SELECT (SELECT MAX("Id") FROM "imports"), "Sheet", "RowNumber", "Key", "Cells"
                FROM "workbook_rows"
                WHERE "FromImport" AND EXISTS (SELECT 1 FROM "imports")
                ORDER BY "Sheet", "RowNumber";
                """);

            migrationBuilder.DropTable(
                name: "workbook_links");

            migrationBuilder.DropTable(
                name: "workbook_rows");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workbook_rows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Cells = table.Column<string>(type: "TEXT", nullable: false),
                    FromImport = table.Column<bool>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: true),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workbook_rows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workbook_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkbookRowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workbook_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workbook_links_workbook_rows_WorkbookRowId",
                        column: x => x.WorkbookRowId,
                        principalTable: "workbook_rows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_links_Sheet_Token",
                table: "workbook_links",
                columns: new[] { "Sheet", "Token" });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_links_WorkbookRowId",
                table: "workbook_links",
                column: "WorkbookRowId");

            migrationBuilder.CreateIndex(
                name: "IX_workbook_rows_Sheet_Key",
                table: "workbook_rows",
                columns: new[] { "Sheet", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_rows_Sheet_RowNumber",
                table: "workbook_rows",
                columns: new[] { "Sheet", "RowNumber" });

            // The latest import's rows were the workbook rows the pages read before.
            migrationBuilder.Sql("""
                INSERT INTO "workbook_rows" ("Sheet", "RowNumber", "Key", "FromImport", "Cells")
                SELECT "Sheet", "RowNumber", "Key", 1, "Cells"
                FROM "imported_rows"
                WHERE "ImportId" = (SELECT MAX("ImportId") FROM "imported_rows");
                """);

            migrationBuilder.DropTable(
                name: "imported_rows");
        }
    }
}
