using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkbookRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workbook_rows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: true),
                    FromImport = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cells = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workbook_rows", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_rows_Sheet_Key",
                table: "workbook_rows",
                columns: new[] { "Sheet", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_rows_Sheet_RowNumber",
                table: "workbook_rows",
                columns: new[] { "Sheet", "RowNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workbook_rows");
        }
    }
}
